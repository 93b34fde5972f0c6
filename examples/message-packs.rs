//! Writes the package's `messages/` files (each language's messages, for every check and for the
//! registrant entry) into the folder given as the argument, from the message table
//! (src/boundary/codegen.rs, `message_packs`). The Makefile runs it for pkg/messages/.

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: message-packs <folder>");
        std::process::exit(2);
    };
    let dir = std::path::Path::new(&dir);
    for (name, js) in dotbe_rules::boundary::codegen::message_packs() {
        if let Err(e) = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(dir.join(&name), js)) {
            eprintln!("message-packs: {}: {e}", name);
            std::process::exit(1);
        }
    }
}
