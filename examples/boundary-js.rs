//! Prints `js/boundary.js`, the JS side of the boundary, generated from the Rust definitions
//! (src/boundary/codegen.rs). `make js/boundary.js` runs it.

fn main() {
    let js = dotbe_rules::boundary::codegen::corpus().and_then(|rec| dotbe_rules::boundary::codegen::javascript(&rec));
    match js {
        Ok(js) => print!("{js}"),
        Err(e) => {
            eprintln!("boundary-js: {e}");
            std::process::exit(1);
        }
    }
}
