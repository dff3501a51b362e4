//! Generates the two API clients of this crate into OUT_DIR: the CVAT seed spec in the `tagged`
//! style, and the Box seed spec with its style read from `box.toml`. A bad spec fails the build
//! with the spec file and the JSON pointer of each problem.

use generator::{Builder, Naming};

fn main() -> Result<(), generator::BuildError> {
    Builder::new("../../specs/cvat-seed.yaml").naming(Naming::Tagged).write_to_out_dir("cvat.rs")?;
    Builder::new("../../specs/box-seed.yaml").options_file("box.toml").write_to_out_dir("box_api.rs")?;
    Ok(())
}
