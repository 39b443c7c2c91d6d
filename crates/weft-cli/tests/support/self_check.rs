//! The self-checking script convention shared by the conformance and package runners: a
//! script passes when it exits 0, prints at least one `PASS <name>` line and no `FAIL` line.

use super::run::Outcome;

/// `Ok(())` when the outcome satisfies the convention, else why not.
pub fn self_check_verdict(o: &Outcome) -> Result<(), String> {
    let fails: Vec<&str> = o.stdout.lines().filter(|l| l.starts_with("FAIL")).collect();
    let passes = o.stdout.lines().filter(|l| l.starts_with("PASS ")).count();
    let mut why = Vec::new();
    if o.status != "0" {
        why.push(format!("exit status {}", o.status));
    }
    if !fails.is_empty() {
        why.push(fails.join("\n  "));
    }
    if passes == 0 {
        why.push("no `PASS <name>` line".to_string());
    }
    if why.is_empty() {
        return Ok(());
    }
    let mut report = format!("  {}\n", why.join("\n  "));
    if !o.stderr.trim().is_empty() {
        report += &format!(
            "  stderr:\n    {}\n",
            o.stderr.trim_end().replace('\n', "\n    ")
        );
    }
    Err(report)
}
