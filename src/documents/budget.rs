//! Budget arithmetic for the documents. Amounts are summed as whole thousands
//! of đồng (1/1000 of the model's million-VND unit), so totals are exact and
//! every table adds up to the same figure whichever way it is summed.

use crate::legal::vi;
use crate::model::common::FundingSource;
use crate::model::{Model, Task};
use std::collections::BTreeMap;

/// An amount in thousands of đồng.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Money(pub i64);

impl std::ops::Add for Money {
    type Output = Money;
    /// Saturating: sums of clamped amounts cannot overflow, but stay safe anyway.
    fn add(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }
}

/// Larger amounts than this (a billion billion đồng) are clamped: a model
/// that says more is wrong, and the sums must not overflow.
const MAX_THOUSANDS: f64 = 1e15;

impl Money {
    /// From the model's unit (million VND). Non-finite or negative values count
    /// as zero; the schema already rejects them.
    pub fn from_million(amount: f64) -> Money {
        if !amount.is_finite() || amount <= 0.0 {
            return Money(0);
        }
        Money((amount * 1000.0).round().min(MAX_THOUSANDS) as i64)
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// "1.234,5" (million VND, up to three decimals).
    pub fn million(self) -> String {
        let whole = self.0 / 1000;
        let frac = (self.0 % 1000).unsigned_abs();
        let mut s = vi::integer(whole);
        if frac != 0 {
            let digits = format!("{frac:03}");
            s.push(',');
            s.push_str(digits.trim_end_matches('0'));
        }
        s
    }
}

/// Every total the documents print.
#[derive(Debug, Default)]
pub struct Totals {
    pub total: Money,
    pub by_source: BTreeMap<FundingSource, Money>,
    /// Phase id → (total, by source). Phases in roadmap order come from `phase_order`.
    pub by_phase: BTreeMap<String, (Money, BTreeMap<FundingSource, Money>)>,
    /// Phase ids in roadmap order (by first year), then any phase a task names
    /// that is not declared.
    pub phase_order: Vec<String>,
}

/// A task's total and its amounts by source.
pub fn task_amounts(task: &Task) -> (Money, BTreeMap<FundingSource, Money>) {
    let mut by_source = BTreeMap::new();
    let mut total = Money::default();
    for line in &task.budget {
        let m = Money::from_million(line.amount.value);
        let slot = by_source
            .entry(line.source.value)
            .or_insert(Money::default());
        *slot = *slot + m;
        total = total + m;
    }
    (total, by_source)
}

pub fn totals(model: &Model) -> Totals {
    let mut t = Totals::default();
    let mut phases: Vec<_> = model.phases.iter().collect();
    phases.sort_by_key(|p| (p.from.value, p.to.value, p.id.value.clone()));
    t.phase_order = phases.iter().map(|p| p.id.value.clone()).collect();
    for id in &t.phase_order {
        t.by_phase.insert(id.clone(), Default::default());
    }
    for task in &model.tasks {
        let (total, by_source) = task_amounts(task);
        t.total = t.total + total;
        let phase = t
            .by_phase
            .entry(task.phase.value.clone())
            .or_insert_with(|| {
                t.phase_order.push(task.phase.value.clone());
                Default::default()
            });
        phase.0 = phase.0 + total;
        for (source, m) in by_source {
            let p = phase.1.entry(source).or_insert(Money::default());
            *p = *p + m;
            let s = t.by_source.entry(source).or_insert(Money::default());
            *s = *s + m;
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_exact_in_thousands() {
        let m = Money::from_million(0.1) + Money::from_million(0.2);
        assert_eq!(m, Money::from_million(0.3));
        assert_eq!(Money::from_million(1234.5).million(), "1.234,5");
        assert_eq!(Money::from_million(35000.0).million(), "35.000");
        assert_eq!(Money::from_million(2.125).million(), "2,125");
        assert_eq!(Money::from_million(0.0004).million(), "0");
        assert_eq!(Money::from_million(f64::NAN), Money(0));
        assert_eq!(Money::from_million(-5.0), Money(0));
        assert_eq!(
            (Money::from_million(f64::MAX) + Money::from_million(f64::MAX)).0,
            2e15 as i64
        );
    }
}
