//! palermo-disclosure
