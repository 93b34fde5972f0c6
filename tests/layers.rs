//! The crate's modules form the layers listed in its documentation (src/lib.rs, "Layers"): each
//! module may use only modules of lower layers. Reads the sources as text: every `crate::name`
//! (and, inside `src/boundary/`, every `super::name` of a sibling is its own business) outside the
//! `#[cfg(test)]` module at the end of a file.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

fn layers() -> BTreeMap<String, usize> {
    let lib = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs")).unwrap();
    let section = lib.split("//! ## Layers").nth(1).expect("a Layers section in src/lib.rs");
    let mut layers = BTreeMap::new();
    for line in section.lines().take_while(|l| !l.starts_with("//! ## ")) {
        let Some((n, rest)) = line.trim_start_matches("//! ").split_once(". ") else { continue };
        let Ok(n) = n.parse::<usize>() else { continue };
        let names = rest.split(" — ").next().unwrap_or("");
        for name in names.split(',') {
            layers.insert(name.trim().trim_matches('`').to_string(), n);
        }
    }
    layers
}

/// The modules `source` uses, outside its tests.
fn uses(source: &str) -> Vec<String> {
    let code = source.split("#[cfg(test)]\nmod tests").next().unwrap_or(source);
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let name: String = code[i + 7..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

#[test]
fn modules_only_use_lower_layers() {
    let layers = layers();
    assert!(layers.len() > 20, "the Layers section lists the modules: {layers:?}");
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut problems = Vec::new();
    let mut seen = Vec::new();
    for entry in fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if name == "lib" {
            continue;
        }
        let sources: Vec<String> = if path.is_dir() {
            fs::read_dir(&path).unwrap().map(|e| fs::read_to_string(e.unwrap().path()).unwrap()).collect()
        } else {
            vec![fs::read_to_string(&path).unwrap()]
        };
        let Some(&layer) = layers.get(&name) else {
            problems.push(format!("src/{name} is in no layer of src/lib.rs"));
            continue;
        };
        seen.push(name.clone());
        for source in &sources {
            for used in uses(source) {
                match layers.get(&used) {
                    Some(&l) if l < layer || used == name => {}
                    Some(&l) => problems.push(format!("{name} (layer {layer}) uses {used} (layer {l})")),
                    None => problems.push(format!("{name} uses {used}, which is in no layer")),
                }
            }
        }
    }
    for name in layers.keys() {
        if !seen.contains(name) {
            problems.push(format!("the Layers section lists {name}, which src/ does not have"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
