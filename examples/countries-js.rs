//! Prints `js/countries.js`, the `dotbe-rules/countries` entry (the country list as static data),
//! from the country table (src/boundary/codegen.rs). `make js/countries.js` runs it.

fn main() {
    match dotbe_rules::boundary::codegen::countries_js() {
        Ok(js) => print!("{js}"),
        Err(e) => {
            eprintln!("countries-js: {e}");
            std::process::exit(1);
        }
    }
}
