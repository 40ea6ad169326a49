"""Words for roles, permissions, audit actions and user-management rules, as the office reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from syncserver import audit as a
from syncserver import export_audit as e
from syncserver import permissions as p
from syncserver.passwords import MIN_LENGTH, password_problem


translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls


def role_labels() -> dict[str, str]:
    """Each role code and its name, most powerful first."""
    return {
        p.ADMINISTRATOR: translate("SecurityLabels", "administrador"),
        p.SUPERVISOR: translate("SecurityLabels", "supervisor"),
        p.VIEWER: translate("SecurityLabels", "consulta"),
    }


def role_name(role: str | None) -> str:
    """A role as the interface names it."""
    return role_labels().get(role or "", role or translate("SecurityLabels", "sin rol"))


def action_phrase(action: str) -> str:
    """What a permission allows, as it reads after "no permite"."""
    phrases = {
        p.DEVICES_PAIR: translate("SecurityLabels", "vincular dispositivos"),
        p.DEVICES_REVOKE: translate("SecurityLabels", "revocar dispositivos"),
        p.AGENTS_MANAGE: translate("SecurityLabels", "agregar ni modificar gestores"),
        p.ACCOUNTS_IMPORT: translate("SecurityLabels", "importar la cartera"),
        p.ACCOUNTS_ASSIGN: translate("SecurityLabels", "asignar cuentas"),
        p.PAYMENTS_IMPORT: translate("SecurityLabels", "importar pagos"),
        p.QUESTIONNAIRES_EDIT: translate("SecurityLabels", "modificar cuestionarios"),
        p.QUESTIONNAIRES_PUBLISH: translate("SecurityLabels", "publicar cuestionarios"),
        p.AGREEMENTS_MANAGE: translate("SecurityLabels", "crear ni modificar convenios"),
        p.DATA_EXPORT: translate("SecurityLabels", "exportar datos"),
        p.ALERTS_ACKNOWLEDGE: translate("SecurityLabels", "marcar alertas como vistas"),
        p.SETTINGS_BRANCH: translate("SecurityLabels", "cambiar la configuración de la sucursal"),
        p.SETTINGS_SERVER: translate("SecurityLabels", "cambiar la configuración del servidor"),
        p.USERS_MANAGE: translate("SecurityLabels", "administrar usuarios"),
        p.STRATEGY_MANAGE: translate("SecurityLabels", "cambiar las reglas de estrategia ni recalcular la puntuación"),
        p.REPORTS_SAVE: translate("SecurityLabels", "guardar, renombrar ni eliminar informes"),
        p.SETTINGS_MAIL: translate("SecurityLabels", "cambiar la configuración de correo"),
    }
    return phrases.get(action, action)


def refusal(role: str | None, action: str) -> str:
    """Why something is not allowed: «Su rol (consulta) no permite revocar dispositivos.»"""
    return translate("SecurityLabels", "Su rol (%s) no permite %s.") % (role_name(role), action_phrase(action))


def audit_action_labels() -> dict[str, str]:
    """Each audit action code and what it says happened, in syncserver.audit.ACTIONS order."""
    labels = {
        a.PAIRING_CODE_CREATED: translate("SecurityLabels", "Código de vinculación creado"),
        a.DEVICE_PAIRED: translate("SecurityLabels", "Dispositivo vinculado"),
        a.DEVICE_REVOKED: translate("SecurityLabels", "Dispositivo revocado"),
        a.AGENT_ADDED: translate("SecurityLabels", "Gestor agregado"),
        a.AGENT_UPDATED: translate("SecurityLabels", "Gestor modificado"),
        a.AGENT_DEACTIVATED: translate("SecurityLabels", "Gestor desactivado"),
        a.AGENT_ACTIVATED: translate("SecurityLabels", "Gestor activado"),
        a.ACCOUNTS_IMPORTED: translate("SecurityLabels", "Cartera importada"),
        a.ACCOUNTS_QUESTIONNAIRE_SET: translate("SecurityLabels", "Cuestionario asignado a cuentas"),
        a.ACCOUNTS_ASSIGNED: translate("SecurityLabels", "Cuentas asignadas a gestores"),
        a.PAYMENTS_IMPORTED: translate("SecurityLabels", "Pagos importados"),
        a.QUESTIONNAIRE_PUBLISHED: translate("SecurityLabels", "Cuestionario publicado"),
        a.SETTINGS_CHANGED: translate("SecurityLabels", "Configuración de la sucursal cambiada"),
        a.SERVER_SETTINGS_CHANGED: translate("SecurityLabels", "Configuración del servidor cambiada"),
        a.USER_CREATED: translate("SecurityLabels", "Usuario creado"),
        a.USER_UPDATED: translate("SecurityLabels", "Usuario modificado"),
        a.USER_DEACTIVATED: translate("SecurityLabels", "Usuario desactivado"),
        a.USER_ACTIVATED: translate("SecurityLabels", "Usuario activado"),
        a.USER_PASSWORD_CHANGED: translate("SecurityLabels", "Contraseña cambiada"),
        a.USER_PASSWORD_RESET: translate("SecurityLabels", "Contraseña restablecida"),
        a.LOGIN_SUCCEEDED: translate("SecurityLabels", "Inicio de sesión"),
        a.LOGIN_FAILED: translate("SecurityLabels", "Inicio de sesión fallido"),
        a.AUDIT_EXPORTED: translate("SecurityLabels", "Auditoría exportada"),
        a.DATA_EXPORTED: translate("SecurityLabels", "Datos exportados"),
        a.ALERTS_ACKNOWLEDGED: translate("SecurityLabels", "Alertas marcadas como vistas"),
        a.AGREEMENT_CREATED: translate("SecurityLabels", "Convenio creado"),
        a.AGREEMENT_CHANGED: translate("SecurityLabels", "Convenio modificado"),
        a.AGREEMENTS_RECOMPUTED: translate("SecurityLabels", "Convenios recalculados"),
        a.AGREEMENT_SETTINGS_CHANGED: translate("SecurityLabels", "Plantilla y datos de convenios cambiados"),
        a.MAIL_SETTINGS_CHANGED: translate("SecurityLabels", "Configuración de correo cambiada"),
        a.STRATEGY_RULES_CHANGED: translate("SecurityLabels", "Reglas de estrategia cambiadas"),
        a.PAIRING_CODES_CANCELLED: translate("SecurityLabels", "Códigos de vinculación anulados"),
        a.REPORT_SAVED: translate("SecurityLabels", "Informe guardado"),
        a.REPORT_RENAMED: translate("SecurityLabels", "Informe renombrado"),
        a.REPORT_DELETED: translate("SecurityLabels", "Informe eliminado"),
    }
    return {code: labels.get(code, code) for code in a.ACTIONS}


def subject_labels() -> dict[str, str]:
    """What an audited action was about (the subject types of syncserver.audit)."""
    return {
        "agent": translate("SecurityLabels", "gestor"),
        "device": translate("SecurityLabels", "dispositivo"),
        "user": translate("SecurityLabels", "usuario"),
        "questionnaire": translate("SecurityLabels", "cuestionario"),
        "branch": translate("SecurityLabels", "sucursal"),
        "file": translate("SecurityLabels", "archivo"),
        "computer": translate("SecurityLabels", "esta computadora"),
        "agreement": translate("SecurityLabels", "convenio"),
        "report": translate("SecurityLabels", "informe"),
        "alert": translate("SecurityLabels", "alerta"),
        "alerts": translate("SecurityLabels", "alertas"),
    }


def export_labels() -> dict[str, str]:
    """What a data export took out (details["what"] of data.exported, syncserver.export_audit.WHATS)."""
    labels = {
        e.VISITS: translate("SecurityLabels", "visitas"),
        e.DASHBOARD_TABLE: translate("SecurityLabels", "tabla de indicadores"),
        e.DASHBOARD_PDF: translate("SecurityLabels", "informe PDF de indicadores"),
        e.REPORT_TABLE: translate("SecurityLabels", "informe personalizado"),
        e.AGREEMENT_PDF: translate("SecurityLabels", "convenio en PDF"),
        e.KPIS: translate("SecurityLabels", "indicadores (campo-server)"),
        e.QUESTIONNAIRE: translate("SecurityLabels", "cuestionario"),
    }
    return {code: labels.get(code, code) for code in e.WHATS}


def origin_labels() -> dict[str, str]:
    """Where an audited action came from."""
    return {a.OFFICE: translate("SecurityLabels", "Oficina"), a.DEVICE: translate("SecurityLabels", "Dispositivo")}


def user_error_text(code: str) -> str | None:
    """A user-management rule broken (syncserver.passwords.UserError.code), in words; None if unknown."""
    texts = {
        "password_short": translate("SecurityLabels", "La contraseña debe tener al menos %d caracteres.") % MIN_LENGTH,
        "password_long": translate("SecurityLabels", "La contraseña es demasiado larga."),
        "password_is_login": translate("SecurityLabels", "La contraseña no puede ser igual al usuario."),
        "login_invalid": translate("SecurityLabels", "El usuario debe tener de 2 a 64 letras sin tildes, números, '.', '_', '-' o '@', "
                            "y empezar por una letra o un número."),
        "login_reserved": translate("SecurityLabels", "Ese nombre de usuario está reservado para Campo; elija otro."),
        "login_taken": translate("SecurityLabels", "Ya hay un usuario con ese nombre; elija otro."),
        "name_empty": translate("SecurityLabels", "Escriba el nombre de la persona."),
        "name_long": translate("SecurityLabels", "El nombre tiene más de 200 caracteres."),
        "role_invalid": translate("SecurityLabels", "Elija un rol de la lista."),
        "first_not_admin": translate("SecurityLabels", "El primer usuario debe ser administrador: será quien pueda crear a los demás."),
        "last_admin": translate("SecurityLabels", "Es el último administrador activo: antes de quitarle el rol o desactivarlo, "
                         "haga administrador a otro usuario."),
        "not_found": translate("SecurityLabels", "Ese usuario ya no existe; cierre y vuelva a abrir la lista."),
        "wrong_password": translate("SecurityLabels", "La contraseña actual no es correcta."),
    }
    return texts.get(code)


def new_password_problem(password: str, repeat: str, login: str) -> str | None:
    """What is wrong with a new password typed twice, in words, or None (the rules are syncserver's)."""
    if (refused := password_problem(password, login)) is not None:
        return user_error_text(refused.code)
    if repeat != password:
        return translate("SecurityLabels", "Las dos contraseñas no coinciden.")
    return None
