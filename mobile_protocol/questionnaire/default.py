"""The "Visita de cobranza" questionnaire that ships with Campo (and the demo uses)."""

from __future__ import annotations

import copy
from typing import Any

_ATTENDED = {"var": "attended_by"}
_PROMISES = {"==": [{"var": "promises_payment"}, True]}

DEFAULT_QUESTIONNAIRE: dict[str, Any] = {
    "format": 1,
    "title": {"es": "Visita de cobranza", "en": "Collection visit"},
    "fields": [
        {"type": "note", "key": "intro",
         "label": {"es": "Confirme la dirección antes de tocar.", "en": "Check the address before you knock."}},
        {"type": "select_one", "key": "attended_by", "required": True,
         "label": {"es": "¿Quién atendió?", "en": "Who answered?"},
         "choices": [
             {"code": "titular", "label": {"es": "El titular", "en": "The debtor"}},
             {"code": "familiar", "label": {"es": "Un familiar", "en": "A relative"}},
             {"code": "tercero", "label": {"es": "Otra persona", "en": "Someone else"}},
             {"code": "nadie", "label": {"es": "Nadie", "en": "Nobody"}},
         ]},
        {"type": "phone", "key": "contact_phone",
         "label": {"es": "Teléfono de contacto", "en": "Contact phone"},
         "hint": {"es": "De la persona que atendió", "en": "Of the person who answered"},
         "relevant": {"in": [_ATTENDED, ["familiar", "tercero"]]}},
        {"type": "group", "key": "conversation", "label": {"es": "Conversación con el titular", "en": "Talk with the debtor"},
         "relevant": {"==": [_ATTENDED, "titular"]},
         "children": [
             {"type": "select_one", "key": "non_payment_reason", "required": True,
              "label": {"es": "Motivo del no pago", "en": "Reason for non-payment"},
              "choices": [
                  {"code": "desempleo", "label": {"es": "Desempleo", "en": "Unemployment"}},
                  {"code": "enfermedad", "label": {"es": "Enfermedad", "en": "Illness"}},
                  {"code": "menos_ingresos", "label": {"es": "Menos ingresos", "en": "Lower income"}},
                  {"code": "olvido", "label": {"es": "Olvido", "en": "Forgot"}},
                  {"code": "desacuerdo", "label": {"es": "No reconoce la deuda", "en": "Disputes the debt"}},
                  {"code": "otro", "label": {"es": "Otro", "en": "Other"}},
              ]},
             {"type": "text", "key": "non_payment_other", "required": True, "max_length": 200,
              "label": {"es": "¿Cuál otro motivo?", "en": "Which other reason?"},
              "relevant": {"==": [{"var": "non_payment_reason"}, "otro"]}},
             {"type": "yes_no", "key": "promises_payment", "required": True,
              "label": {"es": "¿Promete pagar?", "en": "Promises to pay?"}},
             {"type": "money", "key": "promise_amount", "required": True, "prefill": "account.balance",
              "label": {"es": "Monto prometido", "en": "Promised amount"},
              "relevant": _PROMISES, "min": "1",
              "constraint": {"<=": [{"var": "."}, {"var": "account.balance"}]},
              "constraint_message": {"es": "No puede superar el saldo de la cuenta",
                                     "en": "Cannot exceed the account's balance"}},
             {"type": "date", "key": "promise_date", "required": True,
              "label": {"es": "Fecha de pago prometida", "en": "Promised payment date"},
              "relevant": _PROMISES,
              "constraint": {">=": [{"var": "."}, {"var": "today"}]},
              "constraint_message": {"es": "La fecha no puede ser anterior a la visita",
                                     "en": "The date cannot be before the visit"}},
             {"type": "calculated", "key": "balance_after_promise",
              "label": {"es": "Saldo después del pago", "en": "Balance after the payment"},
              "relevant": _PROMISES,
              "calculation": {"-": [{"var": "account.balance"}, {"var": "promise_amount"}]}},
         ]},
        {"type": "date", "key": "next_contact",
         "label": {"es": "Próximo contacto", "en": "Next contact"},
         "relevant": {"!": _PROMISES},
         "constraint": {">=": [{"var": "."}, {"var": "today"}]},
         "constraint_message": {"es": "La fecha no puede ser anterior a la visita",
                                "en": "The date cannot be before the visit"}},
        {"type": "photo", "key": "facade_photo",
         "label": {"es": "Foto de la fachada", "en": "Photo of the façade"}},
        {"type": "signature", "key": "signature",
         "label": {"es": "Firma del titular", "en": "Debtor's signature"},
         "relevant": _PROMISES},
        {"type": "text", "key": "notes", "max_length": 500,
         "label": {"es": "Observaciones", "en": "Notes"}},
    ],
    "outcome_mapping": {
        "rules": [
            {"when": _PROMISES, "outcome": "promise_to_pay"},
            {"when": {"==": [_ATTENDED, "titular"]}, "outcome": "rpc"},
            {"when": {"in": [_ATTENDED, ["familiar", "tercero"]]}, "outcome": "third_party"},
        ],
        "otherwise": "no_contact",
        "promise": {"amount": "promise_amount", "due_date": "promise_date"},
    },
}


def default_questionnaire() -> dict[str, Any]:
    """A fresh copy of the shipped "Visita de cobranza" definition (JSON-ready)."""
    return copy.deepcopy(DEFAULT_QUESTIONNAIRE)
