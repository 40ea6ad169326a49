"""Smart questionnaires: the format, its one evaluator (device and server), outcome mapping, media.

See docs/questionnaires.md. Everything here is plain Python: no Qt, nothing of the server.
"""

from ..messages import FieldError
from .check import check_definition
from .compiled import CompiledDefinition, compiled
from .default import default_questionnaire
from .definition import (
    ACCOUNT_FIELDS,
    FIELD_TYPES,
    Choice,
    Definition,
    FieldDef,
    OutcomeMapping,
    OutcomeRule,
    PromiseFields,
    Text,
)
from .logic import LogicError, compile_logic, evaluate, variables
from .media import media_ids
from .outcome import (
    DerivedOutcome,
    PromiseTerms,
    check_outcome,
    derive_outcome,
    promise_message,
)
from .parse import DefinitionError, Problem, export_definition, parse_definition
from .validate import is_blank, validate_answers

__all__ = [
    "ACCOUNT_FIELDS", "FIELD_TYPES", "Choice", "CompiledDefinition", "Definition", "DefinitionError",
    "DerivedOutcome", "FieldDef", "FieldError", "LogicError", "OutcomeMapping", "OutcomeRule", "Problem",
    "PromiseFields", "PromiseTerms", "Text", "check_definition", "check_outcome", "compile_logic", "compiled",
    "default_questionnaire", "derive_outcome", "evaluate", "export_definition", "is_blank", "media_ids", "parse_definition",
    "promise_message", "validate_answers", "variables",
]
