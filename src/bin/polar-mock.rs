//! `polar-mock`: serves [`polarsh::mock`] on a chosen port.
fn main() {}
