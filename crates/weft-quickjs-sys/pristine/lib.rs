//! Empty target of the side manifest that pins the pristine `rquickjs-sys`; never built.
