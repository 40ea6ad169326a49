"""How the import wizard names Campo's fields, groups them, and how many columns a list field offers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# (field, slot): a list field (phones, instalment due dates) gets several combos, one column each.
Slot = tuple[str, int]
SLOTS_OF = {"phones": 3, "instalment_due_dates": 2}



def field_label(field: str, slot: int = 0) -> str:
    """The name a supervisor reads for a field (a second phone column is "Teléfono 2")."""
    labels = {
        "external_ref": QCoreApplication.translate("ImportFields", "Referencia (n.º de obligación)"),
        "debtor_name": QCoreApplication.translate("ImportFields", "Nombre del deudor"),
        "document_id": QCoreApplication.translate("ImportFields", "Documento de identidad"),
        "address": QCoreApplication.translate("ImportFields", "Dirección"),
        "lat": QCoreApplication.translate("ImportFields", "Latitud"),
        "lon": QCoreApplication.translate("ImportFields", "Longitud"),
        "radius_m": QCoreApplication.translate("ImportFields", "Radio de la geocerca (m)"),
        "balance": QCoreApplication.translate("ImportFields", "Saldo"),
        "currency": QCoreApplication.translate("ImportFields", "Moneda"),
        "days_past_due": QCoreApplication.translate("ImportFields", "Días de mora"),
        "segment": QCoreApplication.translate("ImportFields", "Segmento"),
        "agent_code": QCoreApplication.translate("ImportFields", "Código del gestor"),
        "phones": QCoreApplication.translate("ImportFields", "Teléfono"),
        "email": QCoreApplication.translate("ImportFields", "Correo electrónico"),
        "consent_email": QCoreApplication.translate("ImportFields", "Acepta recordatorios por correo"),
        "consent_sms": QCoreApplication.translate("ImportFields", "Acepta recordatorios por SMS"),
        "consent_whatsapp": QCoreApplication.translate("ImportFields", "Acepta recordatorios por WhatsApp"),
        "product": QCoreApplication.translate("ImportFields", "Producto"),
        "original_amount": QCoreApplication.translate("ImportFields", "Monto original"),
        "instalment_due_dates": QCoreApplication.translate("ImportFields", "Vencimientos de las cuotas"),
        "notes": QCoreApplication.translate("ImportFields", "Notas"),
    }
    label = labels.get(field, field)
    if slot:
        return QCoreApplication.translate("ImportFields", "%s (columna %d)") % (label, slot + 1)
    return label


def field_groups() -> list[tuple[str, list[Slot]]]:
    """The mapping page's boxes: a title and the slots in it, in order."""
    def slots(*fields: str) -> list[Slot]:
        return [(field, i) for field in fields for i in range(SLOTS_OF.get(field, 1))]

    account = QCoreApplication.translate("ImportFields", "Cuenta")
    contact = QCoreApplication.translate("ImportFields", "Contacto y consentimientos")
    product = QCoreApplication.translate("ImportFields", "Producto")
    place = QCoreApplication.translate("ImportFields", "Ubicación")
    return [
        (account, slots("external_ref", "debtor_name", "document_id", "address", "balance", "currency",
                        "days_past_due", "segment", "agent_code")),
        (contact, slots("phones", "email", "consent_email", "consent_sms", "consent_whatsapp")),
        (product, slots("product", "original_amount", "instalment_due_dates", "notes")),
        (place, slots("lat", "lon", "radius_m")),
    ]
