//! Generates the API clients of this crate into OUT_DIR: the CVAT seed spec in the `tagged`
//! style, the Box seed spec with its style read from `box.toml`, and the CVAT seed's `users`
//! operations alone (`only`: the included file has no Cargo features of its own, the filter is
//! how a build script takes part of an API). A bad spec fails the build with the spec file and
//! the JSON pointer of each problem.

use generator::{Builder, Naming};

fn main() -> Result<(), generator::BuildError> {
    Builder::new("../../specs/cvat-seed.yaml").naming(Naming::Tagged).write_to_out_dir("cvat.rs")?;
    Builder::new("../../specs/box-seed.yaml").options_file("box.toml").write_to_out_dir("box_api.rs")?;
    Builder::new("../../specs/cvat-seed.yaml").only(["group:users"]).write_to_out_dir("cvat_users.rs")?;
    Ok(())
}
