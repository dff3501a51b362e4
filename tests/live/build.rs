//! Generates a fourth client the way a downstream crate would: the drf-spectacular spec of the
//! live DRF app in the `legacy` naming style (`users_list`, `organizations_partial_update`),
//! through `generator::Builder` into `OUT_DIR`, `include!`d by `src/lib.rs`. The checked-in
//! crates under `generated/live-*` are the other three.

use generator::{Builder, Naming};

fn main() -> Result<(), generator::BuildError> {
    Builder::new("../../specs/live/drf-spectacular.yaml")
        .naming(Naming::Legacy)
        .write_to_out_dir("drf_spectacular_legacy.rs")?;
    Ok(())
}
