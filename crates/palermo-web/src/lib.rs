//! palermo-web
