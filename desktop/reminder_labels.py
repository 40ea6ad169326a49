"""Words for reminder channels, kinds, statuses and skip reasons, as the office reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls


def channel_labels() -> dict[str, str]:
    """Each channel code and its name."""
    return {"email": translate("ReminderLabels", "Correo"), "sms": translate("ReminderLabels", "SMS"),
            "whatsapp": translate("ReminderLabels", "WhatsApp")}


def kind_labels() -> dict[str, str]:
    """When a reminder goes: before the due date, or after a miss."""
    return {"before_due": translate("ReminderLabels", "Antes del vencimiento"),
            "after_miss": translate("ReminderLabels", "Pago no recibido")}


def status_labels() -> dict[str, str]:
    """What became of a message."""
    return {"queued": translate("ReminderLabels", "En cola"), "sending": translate("ReminderLabels", "Enviando"),
            "sent": translate("ReminderLabels", "Enviado"), "failed": translate("ReminderLabels", "Falló"),
            "skipped": translate("ReminderLabels", "No enviado")}


def reason_labels() -> dict[str, str]:
    """Why a message was not sent."""
    return {"paid": translate("ReminderLabels", "ya pagó"),
            "opted_out": translate("ReminderLabels", "pidió no recibir recordatorios"),
            "no_consent": translate("ReminderLabels", "sin autorización del deudor"),
            "no_address": translate("ReminderLabels", "sin correo o teléfono"),
            "channel_off": translate("ReminderLabels", "canal apagado"),
            "cancelled": translate("ReminderLabels", "convenio anulado")}


def source_labels() -> dict[str, str]:
    """What the reminder is about."""
    return {"promise": translate("ReminderLabels", "Promesa"), "instalment": translate("ReminderLabels", "Cuota")}
