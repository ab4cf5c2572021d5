//! A faithful local Polar server for tests (placeholder).
