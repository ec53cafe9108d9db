//! The triage rules as FHIRPath, so that any SDC form filler computes the
//! level from the answers exactly as the engine does (docs/fhir.md).
//!
//! The Questionnaire carries one SDC `variable` per step, evaluated in
//! order at its root with `%resource` the response being filled:
//!
//! 1. `answer<Question>`: the answers given to the question, as codes;
//! 2. `asked<Question>`: whether the widget asks it: never after an
//!    emergency sign, and otherwise when its "asked when" holds on the
//!    answers as read so far;
//! 3. `read<Question>`: the answers as the engine reads them: only those of
//!    an asked question, and a cautious "not sure" for an asked question left
//!    unanswered that has one (`engine::flow::read_cautiously`);
//! 4. `rule<RuleId>`: whether each rule holds on what was read;
//! 5. `level`: the code of the highest level any rule that holds sets.
//!
//! Every variable is a boolean that is never empty, or a collection of
//! answer codes (`<question>.<choice>`, numbers for a number question), so
//! FHIRPath's three-valued logic never turns "no answer" into "unknown".
//! The diary's rules are not part of the form, so they have no variable;
//! that is the only difference.

use crate::knowledge::{
    question, AnswerKind, Level, Question, Rule, When, EMERGENCY_QUESTION, QUESTIONS, RULES,
};

use super::{answer_code, is_yes_no, NO_EMERGENCY};

/// One named FHIRPath expression of the Questionnaire, in evaluation order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variable {
    /// The variable's name, used as `%name` by later expressions.
    pub name: String,
    /// The FHIRPath expression.
    pub expression: String,
    /// What it computes, for the clinician reading the Questionnaire.
    pub description: String,
}

/// The name of the variable holding the code of the level.
pub const LEVEL_VARIABLE: &str = "level";

/// The variable that holds when no emergency sign was picked, which the
/// widget needs before it asks anything else.
const NO_EMERGENCY_SIGN: &str = "noEmergencySign";

/// Every variable of the Questionnaire, in the order they must be evaluated:
/// the answers, what is asked and read, each rule, then the level.
///
/// Rules that FHIRPath over the form cannot hold (the diary's) are left out;
/// an error means a condition of a question or a rule the form does hold
/// could not be converted, which the tests fail on.
pub fn variables() -> Result<Vec<Variable>, String> {
    let mut vars = Vec::new();
    for q in QUESTIONS {
        vars.push(Variable {
            name: answer_var(q.id),
            expression: codes(q),
            description: format!("The answers given to {}, as codes.", q.id),
        });
    }
    vars.push(Variable {
        name: NO_EMERGENCY_SIGN.into(),
        expression: format!(
            "%{a}.empty() or (%{a} contains '{none}')",
            a = answer_var(EMERGENCY_QUESTION),
            none = answer_code(EMERGENCY_QUESTION, NO_EMERGENCY),
        ),
        description:
            "No emergency sign was picked: the questions after the emergency check are asked."
                .into(),
    });
    for q in QUESTIONS {
        if q.id != EMERGENCY_QUESTION {
            let when =
                condition(&q.asked_when).map_err(|e| format!("{} (asked when): {e}", q.id))?;
            vars.push(Variable {
                name: asked_var(q.id),
                expression: format!("%{NO_EMERGENCY_SIGN} and {when}"),
                description: format!("Whether {} is asked.", q.id),
            });
        }
        vars.push(Variable {
            name: read_var(q.id),
            expression: read_expression(q),
            description: match q.if_missing {
                Some(c) => format!(
                    "The answers to {} as the triage reads them; left unanswered, it counts as {}.",
                    q.id,
                    answer_code(q.id, c)
                ),
                None => format!("The answers to {} as the triage reads them.", q.id),
            },
        });
    }
    for rule in form_rules() {
        vars.push(Variable {
            name: rule_var(rule.id),
            expression: condition(&rule.when).map_err(|e| format!("{}: {e}", rule.id))?,
            description: format!(
                "Rule {}: {} care ({}).",
                rule.id,
                rule.level.id(),
                rule.sources.join(" ")
            ),
        });
    }
    vars.push(Variable {
        name: LEVEL_VARIABLE.into(),
        expression: level_expression(),
        description: "The code of the highest level set by any rule that holds.".into(),
    });
    Ok(vars)
}

/// The rules the form can hold: every one but the diary's, since the diary
/// is not part of the form.
fn form_rules() -> impl Iterator<Item = &'static Rule> {
    RULES.iter().filter(|r| !r.when.uses_diary())
}

/// The level, highest first: the first level with a rule that holds. The
/// baseline rule always holds, so self-care needs no test.
fn level_expression() -> String {
    let mut expression = format!("'{}'", Level::SelfCare.id());
    // Built from the lowest level outwards, so the highest is tested first.
    for level in Level::ALL.into_iter().filter(|l| *l > Level::SelfCare) {
        let any: Vec<String> = form_rules()
            .filter(|r| r.level == level)
            .map(|r| format!("%{}", rule_var(r.id)))
            .collect();
        if !any.is_empty() {
            expression = format!("iif({}, '{}', {expression})", any.join(" or "), level.id());
        }
    }
    expression
}

/// A variable name: the prefix, then each word of the id capitalised
/// (`read` + `medicine_change` = `readMedicineChange`), because an R4
/// Expression name is an `id` (letters, digits, `-`, `.`) and the
/// Expression invariant exp-2 of later FHIR versions allows letters, digits
/// and `_`: only letters and digits are valid in both.
pub(super) fn var_name(prefix: &str, id: &str) -> String {
    let mut name = prefix.to_string();
    for word in id.split(['_', '-']) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    name
}

fn answer_var(q: &str) -> String {
    var_name("answer", q)
}

fn asked_var(q: &str) -> String {
    var_name("asked", q)
}

fn read_var(q: &str) -> String {
    var_name("read", q)
}

/// The variable of a rule: `rule` and its id, `R4-weakness` as `ruleR4Weakness`.
pub fn rule_var(id: &str) -> String {
    var_name("rule", id)
}

/// The answers given to a question, as codes (`<question>.<choice>`; a
/// number for a number question). Codes rather than the answer elements:
/// form fillers compare each variable's value on every change, and plain
/// values are what they compare fastest.
fn codes(q: &Question) -> String {
    let answers = format!("%resource.repeat(item).where(linkId = '{}').answer", q.id);
    match q.kind {
        AnswerKind::Number { .. } => format!("{answers}.valueInteger"),
        _ if is_yes_no(q) => format!(
            "{answers}.valueBoolean.select(iif($this, '{}', '{}'))",
            answer_code(q.id, "yes"),
            answer_code(q.id, "no")
        ),
        _ => format!("{answers}.valueCoding.code"),
    }
}

fn read_expression(q: &Question) -> String {
    let codes = format!("%{}", answer_var(q.id));
    let asked = if q.id == EMERGENCY_QUESTION {
        return codes;
    } else {
        format!("%{}", asked_var(q.id))
    };
    match q.if_missing {
        Some(not_sure) => format!(
            "iif({asked}, iif(%{}.exists(), {codes}, '{}'))",
            answer_var(q.id),
            answer_code(q.id, not_sure)
        ),
        None => format!("iif({asked}, {codes})"),
    }
}

fn known(id: &str) -> Result<&'static Question, String> {
    question(id).ok_or_else(|| format!("condition on unknown question {id}"))
}

fn code_of(q: &Question, choice: &str) -> Result<String, String> {
    q.choice_index(choice)
        .map(|_| answer_code(q.id, choice))
        .ok_or_else(|| format!("condition on unknown choice {}.{choice}", q.id))
}

/// A condition of the knowledge as a FHIRPath boolean that is never empty.
fn condition(when: &When) -> Result<String, String> {
    Ok(match when {
        When::Always => "true".into(),
        When::Picked(q, c) => {
            let q = known(q)?;
            format!("(%{} contains '{}')", read_var(q.id), code_of(q, c)?)
        }
        When::AtLeast(q, floor) => {
            let q = known(q)?;
            let from = q
                .choice_index(floor)
                .ok_or_else(|| format!("condition on unknown choice {}.{floor}", q.id))?;
            let codes: Vec<String> = q.choices[from..]
                .iter()
                .map(|c| format!("'{}'", answer_code(q.id, c.id)))
                .collect();
            format!(
                "%{}.exists($this in ({}))",
                read_var(q.id),
                codes.join(" | ")
            )
        }
        When::NumberAtLeast(q, n) => {
            let q = known(q)?;
            format!("%{}.exists($this >= {n})", read_var(q.id))
        }
        When::AnyPickedBut(q, none) => {
            let q = known(q)?;
            let r = read_var(q.id);
            format!(
                "(%{r}.exists() and (%{r} contains '{}').not())",
                code_of(q, none)?
            )
        }
        When::Unanswered(q) => {
            let q = known(q)?;
            if q.id == EMERGENCY_QUESTION {
                format!("%{}.empty()", answer_var(q.id))
            } else {
                format!("(%{} and %{}.empty())", asked_var(q.id), answer_var(q.id))
            }
        }
        When::Not(inner) => format!("{}.not()", condition(inner)?),
        When::All(parts) => join(parts, "and", "true")?,
        When::Any(parts) => join(parts, "or", "false")?,
        When::DiaryOverTwoWeeks | When::DiaryRising => {
            return Err(format!(
                "{when:?}: the diary is not part of the questionnaire"
            ))
        }
    })
}

fn join(parts: &[When], op: &str, empty: &str) -> Result<String, String> {
    let parts = parts.iter().map(condition).collect::<Result<Vec<_>, _>>()?;
    Ok(match parts.len() {
        0 => empty.into(),
        1 => parts.into_iter().next().unwrap_or_default(),
        _ => format!("({})", parts.join(&format!(" {op} "))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_but_the_diarys_converts() {
        let vars = variables().expect("every condition converts");
        for rule in RULES {
            let named = vars.iter().any(|v| v.name == rule_var(rule.id));
            assert_eq!(named, !rule.when.uses_diary(), "{}", rule.id);
        }
        assert_eq!(vars.last().map(|v| v.name.as_str()), Some(LEVEL_VARIABLE));
    }

    #[test]
    fn names_are_valid_sdc_names_and_unique() {
        let vars = variables().unwrap();
        for v in &vars {
            let mut chars = v.name.chars();
            assert!(
                chars.next().is_some_and(|c| c.is_ascii_alphabetic()),
                "{}",
                v.name
            );
            assert!(chars.all(|c| c.is_ascii_alphanumeric()), "{}", v.name);
            assert!(v.name.len() <= 64, "{}", v.name);
            assert_eq!(vars.iter().filter(|o| o.name == v.name).count(), 1);
        }
    }

    #[test]
    fn the_level_tests_the_highest_level_first() {
        let vars = variables().unwrap();
        let level = &vars.last().unwrap().expression;
        assert!(level.starts_with("iif(%ruleE1StrokeSigns or"), "{level}");
        let at = |s: &str| level.find(s).unwrap();
        assert!(at("'emergency'") < at("'urgent'"));
        assert!(at("'urgent'") < at("'routine'"));
        assert!(level.ends_with("'routine', 'self_care')))"), "{level}");
    }

    #[test]
    fn conditions_read_like_the_knowledge() {
        assert_eq!(
            condition(&When::Picked("trend", "worse")).unwrap(),
            "(%readTrend contains 'trend.worse')"
        );
        assert_eq!(
            condition(&When::AtLeast("duration", "over_2_weeks")).unwrap(),
            "%readDuration.exists($this in ('duration.over_2_weeks' | 'duration.not_sure'))"
        );
        assert_eq!(
            condition(&When::NumberAtLeast("caffeine_cups", 4)).unwrap(),
            "%readCaffeineCups.exists($this >= 4)"
        );
        assert!(condition(&When::DiaryRising).is_err());
        assert!(condition(&When::Picked("nope", "x")).is_err());
        assert!(condition(&When::Picked("trend", "nope")).is_err());
    }
}
