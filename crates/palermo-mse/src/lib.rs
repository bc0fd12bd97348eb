//! palermo-mse
