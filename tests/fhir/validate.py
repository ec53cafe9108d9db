#!/usr/bin/env python3
"""Validates the FHIR R4 export with an independent library (docs/fhir.md).

    .venv/bin/python tests/fhir/validate.py

Builds the `fhir` example once, then parses the Questionnaire and the
QuestionnaireResponse of every vignette (tests/vignettes/*.json), and the
published code systems (docs/fhir/code-systems.json, a Bundle), with
fhir.resources 6.5.0 (FHIR R4 models on pydantic v1). That library checks
structure, data types, cardinality and choice types ([x]) but, by its own
note, leaves the allowed codes of `code` elements (`enum_values`) to the
caller, so this script checks those too, from the library's own field
metadata (where that list is complete; a list ending in "+" is not). Two deliberately broken resources must be rejected, so the
check is known to be able to fail.

Prints one line per resource and ends with `fhir: N passed, M failed`;
exits non-zero if anything failed.
"""

import copy
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "target" / "debug" / "examples" / "fhir"

try:
    import pydantic
    from fhir.resources.bundle import Bundle
    from fhir.resources.core.fhirabstractmodel import FHIRAbstractModel
    from fhir.resources.questionnaire import Questionnaire
    from fhir.resources.questionnaireresponse import QuestionnaireResponse
except ImportError as e:  # the venv is missing or has pydantic v2
    print(
        f"error: cannot import fhir.resources ({e}); install with\n"
        "    .venv/bin/pip install 'fhir.resources==6.5.0' 'pydantic[email]<2'",
        file=sys.stderr,
    )
    sys.exit(2)


def enum_problems(model, path):
    """Codes outside a field's `enum_values` (FHIR required bindings)."""
    found = []
    for name, field in type(model).__fields__.items():
        value = getattr(model, name, None)
        if value is None:
            continue
        allowed = field.field_info.extra.get("enum_values")
        values = value if isinstance(value, list) else [value]
        for i, v in enumerate(values):
            where = f"{path}.{field.alias}" + (f"[{i}]" if isinstance(value, list) else "")
            # A list ending in "+" is the short title of a longer value set
            # (item.type: "group | display | ... | dateTime +"): not exhaustive.
            exhaustive = allowed and "+" not in allowed
            if exhaustive and isinstance(v, str) and v not in allowed:
                found.append(f"{where}: {v!r} is not one of {allowed}")
            if isinstance(v, FHIRAbstractModel):
                found.extend(enum_problems(v, where))
    return found


def problems(model_class, resource):
    """Why the library (or the code check) refuses the resource; [] if valid."""
    try:
        model = model_class.parse_obj(resource)
    except pydantic.ValidationError as e:
        return [" ".join(str(e).split())]
    return enum_problems(model, model_class.__name__)


def run_example(*args):
    done = subprocess.run(
        [str(EXAMPLE), *args], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"fhir {' '.join(args)}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def main():
    build = subprocess.run(
        ["cargo", "build", "-q", "--example", "fhir"], cwd=ROOT
    )
    if build.returncode != 0:
        print("error: cargo build --example fhir failed", file=sys.stderr)
        return 2

    cases = []  # (label, model class, resource, should be valid)
    cases.append(("Questionnaire", Questionnaire, run_example("questionnaire"), True))
    # The code systems as published (a Bundle of CodeSystem resources).
    code_systems = json.loads((ROOT / "docs" / "fhir" / "code-systems.json").read_text())
    cases.append(("Bundle of CodeSystems", Bundle, code_systems, True))
    vignettes = sorted((ROOT / "tests" / "vignettes").glob("*.json"))
    if not vignettes:
        print("error: no vignettes in tests/vignettes", file=sys.stderr)
        return 2
    response = None
    for path in vignettes:
        response = run_example("response", str(path))
        cases.append((f"QuestionnaireResponse {path.stem}", QuestionnaireResponse, response, True))

    bad_status = copy.deepcopy(response)
    bad_status["status"] = "finished-ish"
    cases.append(("broken: status finished-ish", QuestionnaireResponse, bad_status, False))
    bad_value = copy.deepcopy(response)
    bad_value["item"][0]["answer"][0] = {"valueSomething": "x"}
    cases.append(("broken: unknown value[x]", QuestionnaireResponse, bad_value, False))

    passed = failed = 0
    for label, model_class, resource, should_be_valid in cases:
        found = problems(model_class, resource)
        if should_be_valid and not found:
            passed += 1
            print(f"ok    {label}")
        elif not should_be_valid and found:
            passed += 1
            print(f"ok    {label} (rejected: {found[0][:100]})")
        else:
            failed += 1
            why = "; ".join(found) if found else "accepted, but it is invalid"
            print(f"FAIL  {label}: {why}")
    print(f"fhir: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
