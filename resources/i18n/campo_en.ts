<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/views/map_page.py" line="120"/>
        <source>Gestores</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="120"/>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="120"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="121"/>
        <source>Visitas de hoy</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="121"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="122"/>
        <source>En línea (&lt; 5 min)</source>
        <translation>Live (&lt; 5 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="122"/>
        <source>Quieto (&lt; 30 min)</source>
        <translation>Quiet (&lt; 30 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="122"/>
        <source>Sin señal</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="123"/>
        <source>Batería</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="123"/>
        <source>cargando</source>
        <translation>charging</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="123"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="124"/>
        <source>Promesa de pago</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="124"/>
        <source>Contacto con el titular</source>
        <translation>Right-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="125"/>
        <source>Contacto con un tercero</source>
        <translation>Third-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="125"/>
        <source>Sin contacto</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="126"/>
        <source>Dentro de la geocerca</source>
        <translation>Inside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="126"/>
        <location filename="../../desktop/views/map_page.py" line="129"/>
        <location filename="../../desktop/views/map_page.py" line="130"/>
        <source>Fuera de la geocerca</source>
        <translation>Outside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="127"/>
        <source>Geocerca incierta (precisión baja)</source>
        <translation>Geofence uncertain (low accuracy)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="128"/>
        <source>Sin ubicación</source>
        <translation>No location</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="131"/>
        <source>El teléfono la dio por dentro</source>
        <translation>The phone said inside</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="132"/>
        <source>Ubicación simulada</source>
        <translation>Mock location</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="132"/>
        <source>Precisión baja</source>
        <translation>Low accuracy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="133"/>
        <source>Ubicación vieja</source>
        <translation>Stale fix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="133"/>
        <source>Velocidad imposible</source>
        <translation>Impossible speed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="134"/>
        <source>Reloj del teléfono desfasado</source>
        <translation>Phone clock skewed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="135"/>
        <source>Mosaicos no disponibles</source>
        <translation>Map tiles unavailable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="135"/>
        <source>Recorridos de hoy</source>
        <translation>Today&apos;s routes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="136"/>
        <source>Color de las cuentas:</source>
        <translation>Colour accounts:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="136"/>
        <source>por segmento</source>
        <translation>by segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="137"/>
        <source>visitadas hoy o no</source>
        <translation>visited today or not</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="137"/>
        <source>Visitada hoy</source>
        <translation>Visited today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="138"/>
        <source>Sin visita hoy</source>
        <translation>Not visited today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="138"/>
        <source>Otros segmentos</source>
        <translation>Other segments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="139"/>
        <source>Sin segmento</source>
        <translation>No segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="141"/>
        <source>© colaboradores de OpenStreetMap</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="51"/>
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="51"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="51"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="51"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="52"/>
        <source>Días de mora</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="52"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="52"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="56"/>
        <source>Buscar por referencia, deudor, dirección o gestor</source>
        <translation>Search by reference, debtor, address or agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="59"/>
        <source>Importar…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="124"/>
        <source>No se pudo leer la cartera: %s</source>
        <translation>Could not read the portfolio: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="133"/>
        <source>%d cuentas</source>
        <translation>%d accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="135"/>
        <source>%d de %d cuentas</source>
        <translation>%d of %d accounts</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="41"/>
        <source>Editar gestor</source>
        <translation>Edit agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="41"/>
        <source>Nuevo gestor</source>
        <translation>New agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="43"/>
        <source>p. ej. G-014</source>
        <translation>e.g. G-014</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="49"/>
        <source>opcional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="56"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="57"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="58"/>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="60"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="61"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="74"/>
        <source>El código debe tener de 1 a 40 letras, números, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empezar por una letra o un número.</source>
        <translation>The code must have 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and start with a letter or a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="78"/>
        <source>Escriba el nombre del gestor.</source>
        <translation>Type the agent&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="81"/>
        <source>El correo «%s» no es una dirección válida.</source>
        <translation>“%s” is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="114"/>
        <source>El código %s ya lo tiene otro gestor. Elija otro.</source>
        <translation>Another agent already has the code %s. Choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="117"/>
        <source>Este gestor ya no existe; cierre y vuelva a abrir la página.</source>
        <translation>This agent no longer exists; close and reopen the page.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="121"/>
        <source>No se pudo guardar el gestor: %s</source>
        <translation>Could not save the agent: %s</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="32"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="32"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="32"/>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="32"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="52"/>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="52"/>
        <source>Inactivo</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="79"/>
        <source>Nuevo gestor</source>
        <translation>New agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="80"/>
        <source>Editar</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="81"/>
        <location filename="../../desktop/views/agents_page.py" line="188"/>
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="82"/>
        <location filename="../../desktop/views/agents_page.py" line="239"/>
        <source>Vincular un dispositivo</source>
        <translation>Pair a device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="83"/>
        <location filename="../../desktop/views/agents_page.py" line="254"/>
        <source>Revocar</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="84"/>
        <source>Dispositivos de todos los gestores</source>
        <translation>Devices of every agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="102"/>
        <source>&lt;b&gt;Gestores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="107"/>
        <source>&lt;b&gt;Dispositivos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Devices&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="154"/>
        <source>Error: %s</source>
        <translation>Error: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="188"/>
        <source>Activar</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="237"/>
        <source>Dispositivo vinculado a %s (%s).</source>
        <translation>Device paired to %s (%s).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="237"/>
        <source>modelo desconocido</source>
        <translation>unknown model</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="251"/>
        <source>&lt;p&gt;¿Revocar el dispositivo %s de %s?&lt;/p&gt;&lt;p&gt;Dejará de poder sincronizar; para volver a usarlo habrá que vincularlo de nuevo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Revoke device %s of %s?&lt;/p&gt;&lt;p&gt;It will no longer be able to sync; to use it again it must be paired again.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="264"/>
        <source>Dispositivo revocado.</source>
        <translation>Device revoked.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="50"/>
        <source>Auditoría</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="56"/>
        <source>Todos</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="58"/>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="61"/>
        <source>Exportar CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="75"/>
        <source>Leyendo…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="79"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="79"/>
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="80"/>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="80"/>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="148"/>
        <source>Se muestran los %d registros más recientes; acote las fechas para ver los demás (la exportación los incluye todos).</source>
        <translation>Showing the %d most recent entries; narrow the dates to see the others (the export includes them all).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="151"/>
        <source>%d registros</source>
        <translation>%d entries</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="155"/>
        <source>No se pudo leer la auditoría: %s</source>
        <translation>Could not read the audit log: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="159"/>
        <source>Exportar la auditoría</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="160"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="175"/>
        <source>%d registros exportados a %s</source>
        <translation>%d entries exported to %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="180"/>
        <source>No se pudo exportar: %s</source>
        <translation>Could not export: %s</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="31"/>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="31"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="56"/>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="56"/>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="56"/>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="56"/>
        <source>Sobre</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="57"/>
        <source>Origen</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="57"/>
        <source>Detalles</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <location filename="../../desktop/views/designer_choices.py" line="28"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_choices.py" line="28"/>
        <source>Texto (es)</source>
        <translation>Text (es)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_choices.py" line="28"/>
        <source>Texto (en)</source>
        <translation>Text (en)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_choices.py" line="34"/>
        <source>Agregar opción</source>
        <translation>Add choice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_choices.py" line="36"/>
        <source>Quitar opción</source>
        <translation>Remove choice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_choices.py" line="74"/>
        <source>Opción %d</source>
        <translation>Choice %d</translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="37"/>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="37"/>
        <source>Esta semana</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="37"/>
        <source>Este mes</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="38"/>
        <source>Últimos 30 días</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="38"/>
        <source>Personalizado</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="49"/>
        <source>Todos los gestores</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="51"/>
        <source>Todos los segmentos</source>
        <translation>All segments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="57"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="59"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_filters.py" line="59"/>
        <source>Hasta</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="85"/>
        <source>Cargando indicadores…</source>
        <translation>Loading indicators…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="91"/>
        <source>Visitas, contactos y promesas</source>
        <translation>Visits, contacts and promises</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="92"/>
        <source>Tasas diarias (%)</source>
        <translation>Daily rates (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="101"/>
        <source>De mayor a menor</source>
        <translation>Highest first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="102"/>
        <source>De menor a mayor</source>
        <translation>Lowest first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="106"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="117"/>
        <source>Tendencia diaria</source>
        <translation>Daily trend</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="118"/>
        <source>Embudo de gestión</source>
        <translation>Collection funnel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="125"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="128"/>
        <source>Clic en una barra: ver sus visitas</source>
        <translation>Click a bar to see its visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="131"/>
        <source>Por gestor</source>
        <translation>By agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="136"/>
        <source>Tasa de contacto (contactos / visitas) por día y hora local; el número es la cantidad de visitas. Clic en una celda: ver sus visitas.</source>
        <translation>Contact rate (contacts / visits) by day and local hour; the number is how many visits. Click a cell to see its visits.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="142"/>
        <source>· gris: sin visitas</source>
        <translation>· grey: no visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="146"/>
        <source>Mejores horas para visitar</source>
        <translation>Best hours to visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="147"/>
        <source>Por segmento</source>
        <translation>By segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="148"/>
        <source>Productividad</source>
        <translation>Productivity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="151"/>
        <source>Pagos</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="202"/>
        <source>Actualizando…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="218"/>
        <source>%s – %s · hora local (%s) · actualizado a las %s</source>
        <translation>%s – %s · local time (%s) · updated at %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="236"/>
        <source>No se pudieron leer los indicadores: %s</source>
        <translation>Could not read the indicators: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="240"/>
        <source>Lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="240"/>
        <source>Mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="240"/>
        <source>Mié</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="240"/>
        <source>Jue</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="240"/>
        <source>Vie</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="240"/>
        <source>Sáb</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="241"/>
        <source>Dom</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>DemoRunner</name>
    <message>
        <location filename="../../desktop/demo.py" line="116"/>
        <source>No se pudo preparar la demostración: %s</source>
        <translation>Could not prepare the demo: %s</translation>
    </message>
</context>
<context>
    <name>DesignerCommands</name>
    <message>
        <location filename="../../desktop/views/designer_commands.py" line="24"/>
        <source>Agregar «%s»</source>
        <translation>Add “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_commands.py" line="39"/>
        <source>Eliminar «%s»</source>
        <translation>Delete “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_commands.py" line="55"/>
        <source>Mover «%s»</source>
        <translation>Move “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_commands.py" line="74"/>
        <source>Cambiar %s de «%s»</source>
        <translation>Change %s of “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_commands.py" line="105"/>
        <source>Cambiar %s</source>
        <translation>Change %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_commands.py" line="124"/>
        <source>Renombrar «%s» a «%s»</source>
        <translation>Rename “%s” to “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_commands.py" line="142"/>
        <source>el resultado de la visita</source>
        <translation>the visit outcome</translation>
    </message>
</context>
<context>
    <name>DesignerEditor</name>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="77"/>
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="77"/>
        <source>Cuestionario y resultado</source>
        <translation>Questionnaire and outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="110"/>
        <source>Agregar</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="114"/>
        <source>Duplicar</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="115"/>
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="117"/>
        <source>Subir</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="118"/>
        <source>Bajar</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="120"/>
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="122"/>
        <source>Rehacer</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="197"/>
        <source>Duplicar «%s»</source>
        <translation>Duplicate “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="221"/>
        <source>el título</source>
        <translation>the title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="221"/>
        <source>el resultado de la visita</source>
        <translation>the visit outcome</translation>
    </message>
</context>
<context>
    <name>DesignerFiles</name>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="23"/>
        <source>Nombre del cuestionario nuevo:</source>
        <translation>Name of the new questionnaire:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="35"/>
        <source>Importar cuestionario</source>
        <translation>Import questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="35"/>
        <location filename="../../desktop/views/designer_files.py" line="47"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="43"/>
        <source>Importado como borrador.</source>
        <translation>Imported as a draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="47"/>
        <source>Exportar cuestionario</source>
        <translation>Export questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="60"/>
        <source>Exportado a %s</source>
        <translation>Exported to %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="63"/>
        <source>Descartar borrador</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="64"/>
        <source>¿Descartar el borrador y volver a la última versión publicada? Los cambios no publicados se pierden.</source>
        <translation>Discard the draft and go back to the latest published version? Unpublished changes are lost.</translation>
    </message>
</context>
<context>
    <name>DesignerPage</name>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="73"/>
        <source>Nuevo…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="75"/>
        <source>Importar JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="79"/>
        <source>Validar</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="81"/>
        <source>Exportar JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="83"/>
        <source>Guardar borrador</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="85"/>
        <source>Descartar borrador…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="87"/>
        <source>Publicar…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="91"/>
        <source>Editar desde una versión publicada</source>
        <translation>Edit from a published version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="174"/>
        <source>Editando el borrador guardado (versiones publicadas: %d).</source>
        <translation>Editing the saved draft (published versions: %d).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="176"/>
        <source>Sin borrador: los cambios parten de la versión %d.</source>
        <translation>No draft: changes start from version %d.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="178"/>
        <source>Cuestionario vacío: agregue preguntas.</source>
        <translation>Empty questionnaire: add questions.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="196"/>
        <source>● Cambios sin guardar</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="203"/>
        <source>%d problemas por corregir antes de publicar (elija uno para ir a la pregunta).</source>
        <translation>%d problems to fix before publishing (choose one to go to its question).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="206"/>
        <source>Sin problemas: se puede publicar.</source>
        <translation>No problems: ready to publish.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="218"/>
        <source>el borrador del cuestionario anterior no se guardó (%s)</source>
        <translation>the draft of the previous questionnaire was not saved (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="224"/>
        <source>Borrador guardado a las %s.</source>
        <translation>Draft saved at %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="238"/>
        <source>Nada que publicar: es igual a la versión %d.</source>
        <translation>Nothing to publish: it equals version %d.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="254"/>
        <source>Publicada la versión %d: los teléfonos la recibirán en su próxima sincronización.</source>
        <translation>Version %d published: phones get it on their next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="265"/>
        <source>No se guardó: otra persona guardó este borrador después de que lo abrió. Ábralo de nuevo para ver sus cambios, o guarde otra vez para reemplazarlos.</source>
        <translation>Not saved: someone else saved this draft after you opened it. Open it again to see their changes, or save again to replace them.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="272"/>
        <source>No se pudo completar: %s</source>
        <translation>Could not complete: %s</translation>
    </message>
</context>
<context>
    <name>DesignerProblems</name>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="72"/>
        <source>Resultado de la visita</source>
        <translation>Visit outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="74"/>
        <source>Título</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="75"/>
        <source>Cuestionario</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="96"/>
        <source>el cuestionario necesita al menos una pregunta</source>
        <translation>the questionnaire needs at least one question</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="98"/>
        <source>la clave «%s» ya la usa otra pregunta (%s)</source>
        <translation>the key “%s” is already used by another question (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="100"/>
        <source>«%s» está reservada; elija otra clave</source>
        <translation>“%s” is reserved; pick another key</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="102"/>
        <source>le falta el texto de la pregunta</source>
        <translation>the question has no text</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="103"/>
        <source>una selección necesita al menos una opción</source>
        <translation>a choice question needs at least one choice</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="105"/>
        <source>el código de opción «%s» está repetido</source>
        <translation>the choice code “%s” is repeated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="107"/>
        <source>«%s» necesita al menos una pregunta adentro</source>
        <translation>“%s” needs at least one question inside</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="109"/>
        <source>no se puede poner una repetición dentro de otra</source>
        <translation>a repeat cannot go inside another repeat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="111"/>
        <source>un campo calculado necesita su cálculo</source>
        <translation>a calculated field needs its calculation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="113"/>
        <source>«%s» no puede ser obligatoria</source>
        <translation>“%s” cannot be required</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="115"/>
        <source>el máximo %s es menor que el mínimo %s</source>
        <translation>the maximum %s is below the minimum %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="117"/>
        <source>el valor inicial no sirve para esta pregunta: %s</source>
        <translation>the default value does not fit this question: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="119"/>
        <source>«Tomar de la cuenta» debe nombrar un dato de la cuenta</source>
        <translation>“Prefill from the account” must name an account field</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="121"/>
        <source>la expresión no es válida: %s</source>
        <translation>the expression is not valid: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="123"/>
        <source>usa «%s», que no es ninguna pregunta</source>
        <translation>uses “%s”, which is no question</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="125"/>
        <source>usa «%s», que no tiene respuesta (es «%s»)</source>
        <translation>uses “%s”, which has no answer (it is a “%s”)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="127"/>
        <source>usa «%s», que está dentro de la repetición «%s» y tiene varias respuestas</source>
        <translation>uses “%s”, which is inside the repeat “%s” and has many answers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="129"/>
        <source>depende de sí misma: %s</source>
        <translation>depends on itself: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="131"/>
        <source>falta el resultado cuando ninguna regla se cumple</source>
        <translation>the outcome when no rule holds is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="133"/>
        <source>una promesa de pago necesita las preguntas del monto y de la fecha</source>
        <translation>a promise to pay needs the amount and date questions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="135"/>
        <source>ninguna regla da «Promesa de pago»</source>
        <translation>no rule gives “Promise to pay”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="137"/>
        <source>«%s» guarda la promesa: márquela como obligatoria</source>
        <translation>“%s” holds the promise: make it required</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="139"/>
        <source>«%s» es de tipo «%s»; aquí va una pregunta de tipo %s</source>
        <translation>“%s” is a “%s”; this needs a question of type %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="142"/>
        <source>«%s» está dentro de la repetición «%s»</source>
        <translation>“%s” is inside the repeat “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="144"/>
        <location filename="../../desktop/views/designer_problems.py" line="147"/>
        <location filename="../../desktop/views/designer_problems.py" line="148"/>
        <source>una pregunta de tipo «%s» no lleva ese dato</source>
        <translation>a “%s” question does not take that setting</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="150"/>
        <source>no es un valor válido de tipo «%s»: %s</source>
        <translation>not a valid “%s” value: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="152"/>
        <source>no puede ser negativo</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="153"/>
        <source>el máximo es menor que el mínimo</source>
        <translation>the maximum is below the minimum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_problems.py" line="155"/>
        <source>la cuenta no tiene el dato «%s»</source>
        <translation>accounts have no “%s”</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="94"/>
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="94"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="94"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="95"/>
        <source>Días de mora</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="95"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="96"/>
        <location filename="../../desktop/views/details_panel.py" line="100"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="96"/>
        <source>Geocerca</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="97"/>
        <source>Visitas (últimos %d días)</source>
        <translation>Visits (last %d days)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="97"/>
        <source>Última visita</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="100"/>
        <source>Dispositivo</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="100"/>
        <source>Versión de la app</source>
        <translation>App version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="101"/>
        <source>Última conexión</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="101"/>
        <source>Batería</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="102"/>
        <source>Última posición</source>
        <translation>Latest fix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="102"/>
        <source>Visitas de hoy</source>
        <translation>Visits today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="102"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="123"/>
        <source>Seleccione una visita, una cuenta o un gestor en el mapa</source>
        <translation>Select a visit, an account or an agent on the map</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="131"/>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="163"/>
        <source>No se pudieron leer los detalles: %s</source>
        <translation>Could not read the details: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="173"/>
        <source>Esa visita ya no existe.</source>
        <translation>That visit no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="173"/>
        <source>Esa cuenta ya no existe.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="174"/>
        <source>Ese dispositivo ya no existe.</source>
        <translation>That device no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="175"/>
        <source>No hay nada que mostrar.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="192"/>
        <source>Nunca</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="201"/>
        <source>Sin segmento</source>
        <translation>No segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="203"/>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="209"/>
        <location filename="../../desktop/views/details_panel.py" line="216"/>
        <source>Ninguna</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="220"/>
        <source>Sin ubicación: no se puede verificar la geocerca</source>
        <translation>No location: the geofence cannot be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="224"/>
        <source>Polígono de %d vértices</source>
        <translation>Polygon of %d vertices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="226"/>
        <source>Radio de %s m</source>
        <translation>Radius of %s m</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="227"/>
        <source>Radio de %s m (el de la sucursal)</source>
        <translation>Radius of %s m (the branch&apos;s default)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="234"/>
        <source>Sin datos del dispositivo</source>
        <translation>No device details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="235"/>
        <source>Desconocida</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="241"/>
        <source>Sin datos</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="243"/>
        <source> (cargando)</source>
        <translation> (charging)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="245"/>
        <source>Sin posiciones</source>
        <translation>No positions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="248"/>
        <source>precisión %s m</source>
        <translation>accuracy %s m</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="252"/>
        <source>Revocado el %s</source>
        <translation>Revoked on %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="254"/>
        <source>Activo, emparejado el %s</source>
        <translation>Active, paired on %s</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="36"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="36"/>
        <source>Modelo</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="36"/>
        <source>Sistema</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="36"/>
        <source>Versión de la app</source>
        <translation>App version</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="37"/>
        <source>Última conexión</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="37"/>
        <source>Batería</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="37"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="75"/>
        <source> (cargando)</source>
        <translation> (charging)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="77"/>
        <source>Revocado</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="77"/>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="83"/>
        <source>nunca</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="86"/>
        <source>hace un momento</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="88"/>
        <source>hace %d min</source>
        <translation>%d min ago</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="90"/>
        <source>hace %d h</source>
        <translation>%d h ago</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="91"/>
        <source>hace %d días</source>
        <translation>%d days ago</translation>
    </message>
</context>
<context>
    <name>FieldProperties</name>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="50"/>
        <source>Seleccione una pregunta en el árbol, o agregue una con «Agregar».</source>
        <translation>Select a question in the tree, or add one with “Add”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="54"/>
        <source>Clave</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="57"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="59"/>
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="59"/>
        <source>Ayuda</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="59"/>
        <source>Mensaje de error</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="63"/>
        <source>Obligatoria</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="66"/>
        <source>Valor inicial</source>
        <translation>Default value</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="68"/>
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="70"/>
        <source>%s de la cuenta</source>
        <translation>Account&apos;s %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="73"/>
        <source>Tomar de la cuenta</source>
        <translation>Prefill from the account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="76"/>
        <source>Opciones</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="77"/>
        <source>Mínimo</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="78"/>
        <source>Máximo</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="79"/>
        <source>Largo mínimo</source>
        <translation>Minimum length</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="79"/>
        <source>Largo máximo</source>
        <translation>Maximum length</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="79"/>
        <source>Mínimo de elementos</source>
        <translation>Minimum items</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="79"/>
        <source>Máximo de elementos</source>
        <translation>Maximum items</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="81"/>
        <source>Sin condiciones: la pregunta se muestra siempre.</source>
        <translation>No conditions: the question is always shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="83"/>
        <source>Mostrar solo</source>
        <translation>Show only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="85"/>
        <source>Sin restricción: sirve cualquier respuesta de su tipo y rango.</source>
        <translation>No constraint: any answer of its type and range will do.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="87"/>
        <source>Restricción</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="92"/>
        <source>Cálculo</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="163"/>
        <source>La clave «%s» no sirve: letras sin tilde, números y _, sin empezar por número («account» y «today» están reservadas).</source>
        <translation>The key “%s” cannot be used: plain letters, digits and _, not starting with a digit (“account” and “today” are reserved).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="186"/>
        <source>«%s» no es un número entero</source>
        <translation>“%s” is not a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_properties.py" line="202"/>
        <source>Opción %d</source>
        <translation>Choice %d</translation>
    </message>
</context>
<context>
    <name>FieldTypes</name>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="22"/>
        <source>Texto</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="22"/>
        <source>Número entero</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="23"/>
        <source>Número decimal</source>
        <translation>Decimal number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="23"/>
        <source>Dinero</source>
        <translation>Money</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="24"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="24"/>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="24"/>
        <source>Sí / no</source>
        <translation>Yes / no</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="25"/>
        <source>Selección única</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="25"/>
        <source>Selección múltiple</source>
        <translation>Multiple choice</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="26"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="26"/>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="27"/>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="27"/>
        <source>Firma</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="28"/>
        <source>Ubicación GPS</source>
        <translation>GPS location</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="28"/>
        <source>Nota (solo lectura)</source>
        <translation>Note (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="29"/>
        <source>Grupo (sección)</source>
        <translation>Group (section)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="29"/>
        <source>Repetición</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="30"/>
        <source>Calculado</source>
        <translation>Calculated</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="38"/>
        <source>Saldo</source>
        <translation>balance</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="39"/>
        <source>Nombre del deudor</source>
        <translation>debtor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="40"/>
        <source>Días de mora</source>
        <translation>days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="41"/>
        <source>Referencia de la cuenta</source>
        <translation>account reference</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="42"/>
        <source>Dirección</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="43"/>
        <source>Moneda</source>
        <translation>currency</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_types.py" line="44"/>
        <source>Segmento</source>
        <translation>segment</translation>
    </message>
</context>
<context>
    <name>FormPreview</name>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="60"/>
        <source>Teléfono en español</source>
        <translation>Phone in Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="61"/>
        <source>Teléfono en inglés</source>
        <translation>Phone in English</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="72"/>
        <source>Cuenta de ejemplo: %s · saldo %s · %d días de mora</source>
        <translation>Sample account: %s · balance %s · %d days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="109"/>
        <source>Cuestionario sin título</source>
        <translation>Untitled questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="152"/>
        <source>Elemento %d</source>
        <translation>Item %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="157"/>
        <source>Agregar elemento</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="157"/>
        <source>Quitar el último</source>
        <translation>Remove the last one</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="194"/>
        <source>La vista previa espera una definición legible: %s</source>
        <translation>The preview waits for a readable definition: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="217"/>
        <source>Agregue preguntas para verlas aquí como en el teléfono.</source>
        <translation>Add questions to see them here as on the phone.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="219"/>
        <source>Falta una respuesta obligatoria.</source>
        <translation>One required answer is missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="221"/>
        <source>Faltan %d respuestas obligatorias.</source>
        <translation>%d required answers are missing.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="223"/>
        <source>Hay %d respuestas con errores.</source>
        <translation>%d answers have errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="226"/>
        <source>(sin regla de resultado)</source>
        <translation>(no outcome rule)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview.py" line="227"/>
        <source>Formulario completo. La visita quedaría como: %s</source>
        <translation>Form complete. The visit would be recorded as: %s</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../desktop/views/dashboard_tiles.py" line="103"/>
        <source>Asignadas</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_tiles.py" line="103"/>
        <source>Gestionadas</source>
        <translation>Attempted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_tiles.py" line="103"/>
        <source>Contactadas</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_tiles.py" line="103"/>
        <source>Titular (RPC)</source>
        <translation>Right party (RPC)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_tiles.py" line="104"/>
        <source>Promesas (PTP)</source>
        <translation>Promises (PTP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_tiles.py" line="104"/>
        <source>Cumplidas</source>
        <translation>Kept</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="61"/>
        <source>Importar cartera</source>
        <translation>Import portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="65"/>
        <source>Ningún archivo elegido</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="66"/>
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="68"/>
        <location filename="../../desktop/views/import_dialog.py" line="198"/>
        <source>Elija un archivo .csv o .xlsx con la cartera.</source>
        <translation>Choose a .csv or .xlsx file with the portfolio.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="75"/>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="77"/>
        <location filename="../../desktop/views/import_dialog.py" line="201"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="86"/>
        <source>Filas que no se importarán:</source>
        <translation>Rows that will not be imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="94"/>
        <source>Elegir la cartera</source>
        <translation>Choose the portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="94"/>
        <source>Cartera (*.csv *.xlsx);;Todos los archivos (*)</source>
        <translation>Portfolio (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="110"/>
        <source>Revisando %s…</source>
        <translation>Checking %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="121"/>
        <source>%d filas válidas para importar; %d filas con errores.</source>
        <translation>%d valid rows to import; %d rows with errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="123"/>
        <source>Columnas ignoradas: %s</source>
        <translation>Ignored columns: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="135"/>
        <source>No se puede importar este archivo: %s</source>
        <translation>This file cannot be imported: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="145"/>
        <source>línea %d, columna %s: %s</source>
        <translation>line %d, column %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="159"/>
        <source>Importando %d filas…</source>
        <translation>Importing %d rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="174"/>
        <source>Importación terminada: %d creadas, %d actualizadas, %d movidas de gestor, %d sin cambios.</source>
        <translation>Import finished: %d created, %d updated, %d moved to another agent, %d unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="177"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="185"/>
        <source>La importación falló y no se guardó nada: %s</source>
        <translation>The import failed and nothing was saved: %s</translation>
    </message>
</context>
<context>
    <name>KpiFormat</name>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="41"/>
        <source>Penetración</source>
        <translation>Penetration</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="42"/>
        <source>Intensidad</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="43"/>
        <source>Contactabilidad</source>
        <translation>Hit rate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="44"/>
        <source>Tasa de contacto titular</source>
        <translation>Right-party contact rate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="45"/>
        <source>Tasa de promesa</source>
        <translation>Promise rate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="46"/>
        <source>Promesas cumplidas</source>
        <translation>Promises kept</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="47"/>
        <source>Monto prometido</source>
        <translation>Amount promised</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="48"/>
        <source>Recaudo</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="49"/>
        <source>Cuentas asignadas</source>
        <translation>Assigned accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="50"/>
        <source>Cuentas gestionadas</source>
        <translation>Accounts attempted</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="51"/>
        <source>Cuentas contactadas</source>
        <translation>Accounts contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="52"/>
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="53"/>
        <source>Contactos</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="54"/>
        <source>Contactos con titular</source>
        <translation>Right-party contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="55"/>
        <source>Promesas</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="56"/>
        <source>Promesas vencidas</source>
        <translation>Promises matured</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="57"/>
        <source>Promesas cumplidas (n.º)</source>
        <translation>Promises kept (no.)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_format.py" line="90"/>
        <source>nuevo</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>KpiGroupsModel</name>
    <message>
        <location filename="../../desktop/models/kpi_groups_model.py" line="51"/>
        <source>Sin segmento</source>
        <translation>No segment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_groups_model.py" line="73"/>
        <source>Sin denominador: la tasa no está definida</source>
        <translation>No denominator: the rate is not defined</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../desktop/views/dashboard_tiles.py" line="64"/>
        <source>%s vs. periodo anterior</source>
        <translation>%s vs. previous period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_tiles.py" line="65"/>
        <source>Periodo anterior: %s</source>
        <translation>Previous period: %s</translation>
    </message>
</context>
<context>
    <name>LogicEditor</name>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="49"/>
        <source>JSONLogic</source>
        <translation>JSONLogic</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="50"/>
        <source>Escribir la expresión a mano</source>
        <translation>Write the expression by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="53"/>
        <source>todas</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="54"/>
        <source>alguna</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="55"/>
        <source>Si deben cumplirse todas las condiciones o basta con una</source>
        <translation>Whether every condition must hold or one is enough</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="57"/>
        <source>+ Condición</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="79"/>
        <source>Aplicar</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="128"/>
        <source>esta respuesta</source>
        <translation>this answer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="133"/>
        <source>Cuenta: %s</source>
        <translation>Account: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="134"/>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="150"/>
        <source>Quitar esta condición</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="182"/>
        <location filename="../../desktop/views/designer_logic.py" line="191"/>
        <location filename="../../desktop/views/designer_logic.py" line="220"/>
        <location filename="../../desktop/views/designer_logic.py" line="221"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="182"/>
        <location filename="../../desktop/views/designer_logic.py" line="191"/>
        <location filename="../../desktop/views/designer_logic.py" line="220"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="187"/>
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="243"/>
        <source>Esta expresión no cabe en el editor de condiciones; edítela como JSONLogic.</source>
        <translation>This expression does not fit the condition editor; edit it as JSONLogic.</translation>
    </message>
</context>
<context>
    <name>LogicTerms</name>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="28"/>
        <source>es igual a</source>
        <translation>equals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="28"/>
        <source>es distinto de</source>
        <translation>differs from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="29"/>
        <source>es menor que</source>
        <translation>is less than</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="29"/>
        <source>es menor o igual a</source>
        <translation>is at most</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="30"/>
        <source>es mayor que</source>
        <translation>is greater than</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="30"/>
        <source>es mayor o igual a</source>
        <translation>is at least</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="31"/>
        <source>es uno de</source>
        <translation>is one of</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="32"/>
        <source>está respondida</source>
        <translation>is answered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="32"/>
        <source>no está respondida</source>
        <translation>is not answered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="130"/>
        <source>no existe el operador «%s»</source>
        <translation>unknown operator «%s»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="131"/>
        <source>el operador «%s» lleva un argumento, no %s</source>
        <translation>operator «%s» takes one argument, not %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="133"/>
        <source>el operador «%s» lleva %s argumentos, no %s</source>
        <translation>operator «%s» takes %s arguments, not %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="135"/>
        <source> o más</source>
        <translation> or more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="136"/>
        <source> a </source>
        <translation> to </translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="137"/>
        <source>cada operación es un objeto con un solo operador, no %s</source>
        <translation>each operation is an object with exactly one operator, not %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="139"/>
        <source>«var» lleva el nombre de una pregunta o variable, no %s</source>
        <translation>«var» takes the name of a question or variable, not %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="156"/>
        <source>No es JSON válido (línea %d, columna %d): %s</source>
        <translation>Not valid JSON (line %d, column %d): %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="160"/>
        <source>No es una expresión válida: %s</source>
        <translation>Not a valid expression: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="163"/>
        <source>«.» (esta respuesta) solo sirve en las restricciones</source>
        <translation>“.” (this answer) only works in constraints</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="165"/>
        <source>La cuenta no tiene el dato «%s»</source>
        <translation>Accounts have no “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic_terms.py" line="167"/>
        <source>No hay ninguna pregunta con la clave «%s»</source>
        <translation>No question has the key “%s”</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="38"/>
        <source>Campo — iniciar sesión</source>
        <translation>Campo — sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="46"/>
        <source>Varias personas usan Campo en esta sucursal: escriba su usuario y su contraseña.</source>
        <translation>Several people use Campo at this branch: type your user name and your password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="58"/>
        <source>Entrar</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="59"/>
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="64"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="65"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="80"/>
        <source>Escriba su usuario y su contraseña.</source>
        <translation>Type your user name and your password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="85"/>
        <source>Comprobando…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="106"/>
        <source>No se pudo comprobar la contraseña: %s</source>
        <translation>Could not check the password: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="109"/>
        <source>Demasiados intentos fallidos: este usuario queda bloqueado hasta las %s. Un administrador puede desbloquearlo dándole una contraseña nueva.</source>
        <translation>Too many failed attempts: this user is locked until %s. An administrator can unlock it by giving it a new password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="112"/>
        <source>Este usuario está desactivado. Pida a un administrador que lo active.</source>
        <translation>This user is deactivated. Ask an administrator to activate it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="113"/>
        <source>Usuario o contraseña incorrectos.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="115"/>
        <source>Tras %d intento(s) fallido(s) más, el usuario quedará bloqueado un rato.</source>
        <translation>After %d more failed attempt(s) the user will be locked for a while.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="21"/>
        <source>Campo — supervisión de campo</source>
        <translation>Campo — field supervision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="66"/>
        <source>Iniciando el servidor…</source>
        <translation>Starting the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="79"/>
        <source>Servidor: %s</source>
        <translation>Server: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="83"/>
        <source>El servidor no arrancó: %s</source>
        <translation>The server did not start: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="94"/>
        <source>Descubrimiento en la red: activo</source>
        <translation>LAN discovery: on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="95"/>
        <source>Descubrimiento en la red: apagado</source>
        <translation>LAN discovery: off</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="99"/>
        <source>Dispositivos en línea: %d</source>
        <translation>Devices online: %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="101"/>
        <source>Sin datos recibidos aún</source>
        <translation>No data received yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="103"/>
        <source>Últimos datos: %s</source>
        <translation>Last data: %s</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../desktop/views/map_page.py" line="243"/>
        <source>No se pudieron leer los datos del mapa: %s</source>
        <translation>Could not read the map&apos;s data: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="95"/>
        <source>No se pudo leer el recorrido: %s</source>
        <translation>Could not read the route: %s</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="57"/>
        <source>Vincular un dispositivo</source>
        <translation>Pair a device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="82"/>
        <source>Otro código</source>
        <translation>Another code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="85"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="89"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="93"/>
        <source>En el teléfono, abra Campo y escanee este código QR, o escriba el código de vinculación.</source>
        <translation>On the phone, open Campo and scan this QR code, or type the pairing code.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="126"/>
        <source>No hay gestores activos: agregue uno antes de vincular un dispositivo.</source>
        <translation>There are no active agents: add one before pairing a device.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="128"/>
        <source>Creando el código…</source>
        <translation>Creating the code…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="148"/>
        <source>Vence el %s (un solo uso).</source>
        <translation>Expires %s (single use).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="150"/>
        <source>Direcciones del servidor:</source>
        <translation>Server addresses:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="152"/>
        <source>El servidor todavía no está en marcha: el QR no lleva direcciones.</source>
        <translation>The server is not running yet: the QR code carries no addresses.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="153"/>
        <source>Esperando al dispositivo…</source>
        <translation>Waiting for the device…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="159"/>
        <source>El gestor está desactivado: actívelo antes de vincular un dispositivo.</source>
        <translation>The agent is deactivated: activate them before pairing a device.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="163"/>
        <source>No se pudo crear el código: %s</source>
        <translation>Could not create the code: %s</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="44"/>
        <source>Cambiar mi contraseña</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="44"/>
        <source>Restablecer la contraseña</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="45"/>
        <source>Nueva contraseña para %s (al menos %d caracteres, distinta del usuario).</source>
        <translation>New password for %s (at least %d characters, not the user name).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="59"/>
        <source>Contraseña actual</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="60"/>
        <source>Contraseña nueva</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="61"/>
        <source>Repetir la contraseña</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="63"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="64"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="78"/>
        <source>Las dos contraseñas no coinciden.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="108"/>
        <source>No se pudo cambiar la contraseña: %s</source>
        <translation>Could not change the password: %s</translation>
    </message>
</context>
<context>
    <name>PaymentsImportDialog</name>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="41"/>
        <source>Importar pagos</source>
        <translation>Import payments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="45"/>
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="47"/>
        <source>Elija un archivo .csv o .xlsx con las columnas external_ref, paid_on, amount, reference.</source>
        <translation>Choose a .csv or .xlsx file with the columns external_ref, paid_on, amount, reference.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="52"/>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="54"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="63"/>
        <source>Filas que no se importarán:</source>
        <translation>Rows that will not be imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="70"/>
        <source>Elegir el archivo de pagos</source>
        <translation>Choose the payments file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="70"/>
        <source>Pagos (*.csv *.xlsx);;Todos los archivos (*)</source>
        <translation>Payments (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="83"/>
        <source>Revisando %s…</source>
        <translation>Checking %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="88"/>
        <source>%d pagos válidos para importar; %d filas con errores.</source>
        <translation>%d valid payments to import; %d rows with errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="96"/>
        <source>No se puede importar este archivo: %s</source>
        <translation>This file cannot be imported: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="102"/>
        <source>línea %d, columna %s: %s</source>
        <translation>line %d, column %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="115"/>
        <source>Importando %d pagos…</source>
        <translation>Importing %d payments…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="120"/>
        <source>Importación terminada: %d pagos nuevos, %d ya estaban.</source>
        <translation>Import finished: %d new payments, %d already there.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="127"/>
        <source>La importación falló y no se guardó nada: %s</source>
        <translation>The import failed and nothing was saved: %s</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <location filename="../../desktop/models/payments_model.py" line="31"/>
        <source>Fecha de pago</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments_model.py" line="31"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments_model.py" line="31"/>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments_model.py" line="31"/>
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/models/payments_model.py" line="32"/>
        <source>Importado</source>
        <translation>Imported</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../desktop/views/payments_page.py" line="45"/>
        <source>Buscar por cuenta o referencia</source>
        <translation>Search by account or reference</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_page.py" line="47"/>
        <source>Importar pagos…</source>
        <translation>Import payments…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_page.py" line="50"/>
        <source>Cargando pagos…</source>
        <translation>Loading payments…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_page.py" line="92"/>
        <source>No se pudieron leer los pagos: %s</source>
        <translation>Could not read the payments: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_page.py" line="102"/>
        <source>%d de %d pagos · total $ %s</source>
        <translation>%d of %d payments · total $ %s</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop/views/permission_ui.py" line="31"/>
        <source>No tiene permiso para esto: la sesión ya no es válida (¿lo desactivaron?). Cierre Campo y vuelva a entrar.</source>
        <translation>You may not do this: the session is no longer valid (were you deactivated?). Close Campo and sign in again.</translation>
    </message>
</context>
<context>
    <name>PreviewInputs</name>
    <message>
        <location filename="../../desktop/views/designer_preview_inputs.py" line="49"/>
        <source>Foto tomada</source>
        <translation>Photo taken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview_inputs.py" line="49"/>
        <source>Firma dibujada</source>
        <translation>Signature drawn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview_inputs.py" line="50"/>
        <source>Ubicación capturada</source>
        <translation>Location captured</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview_inputs.py" line="60"/>
        <source>AAAA-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview_inputs.py" line="60"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview_inputs.py" line="83"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_preview_inputs.py" line="84"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ProductivityModel</name>
    <message>
        <location filename="../../desktop/models/kpi_productivity_model.py" line="28"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_productivity_model.py" line="28"/>
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_productivity_model.py" line="28"/>
        <source>Visitas por día</source>
        <translation>Visits per day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_productivity_model.py" line="29"/>
        <source>Horas en campo por día</source>
        <translation>Hours in the field per day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_productivity_model.py" line="29"/>
        <source>Km recorridos</source>
        <translation>Km travelled</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_productivity_model.py" line="29"/>
        <source>Km por día</source>
        <translation>Km per day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_productivity_model.py" line="30"/>
        <source>Dentro de la geocerca</source>
        <translation>Inside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_productivity_model.py" line="30"/>
        <source>Visitas con alertas</source>
        <translation>Flagged visits</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="52"/>
        <source>Primera versión: %d preguntas.</source>
        <translation>First version: %d questions.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="54"/>
        <source>Cambios desde la versión %d:</source>
        <translation>Changes since version %d:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="55"/>
        <source>  + nueva: %s</source>
        <translation>  + new: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="56"/>
        <source>  − quitada: %s</source>
        <translation>  − removed: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="57"/>
        <source>  ~ cambiada: %s</source>
        <translation>  ~ changed: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="59"/>
        <source>  ↕ preguntas en otro orden</source>
        <translation>  ↕ questions in another order</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="61"/>
        <source>  título cambiado</source>
        <translation>  title changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="63"/>
        <source>  reglas de resultado cambiadas</source>
        <translation>  outcome rules changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="65"/>
        <source>Los teléfonos recibirán la versión %d en su próxima sincronización; las visitas ya registradas conservan la versión con que se hicieron.</source>
        <translation>Phones get version %d on their next sync; visits already recorded keep the version they were made with.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="76"/>
        <source>Publicar «%s»</source>
        <translation>Publish “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="78"/>
        <source>¿Publicar la versión %d de «%s»?</source>
        <translation>Publish version %d of “%s”?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="84"/>
        <source>Publicar versión %d</source>
        <translation>Publish version %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="86"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuestionnaireProperties</name>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="40"/>
        <source>Título (%s)</source>
        <translation>Title (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="41"/>
        <source>Resultado de la visita según las respuestas</source>
        <translation>Visit outcome from the answers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="43"/>
        <source>Agregar regla</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="45"/>
        <source>(sin resultado)</source>
        <translation>(no outcome)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="53"/>
        <source>Si ninguna regla se cumple</source>
        <translation>When no rule holds</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="54"/>
        <source>Monto de la promesa</source>
        <translation>Promise amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="55"/>
        <source>Fecha de la promesa</source>
        <translation>Promise date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="56"/>
        <source>La primera regla que se cumple da el resultado; el gestor no lo elige aparte.</source>
        <translation>The first rule that holds gives the outcome; the agent does not pick it separately.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="98"/>
        <source>(ninguno)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="113"/>
        <source>Quitar esta regla</source>
        <translation>Remove this rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="114"/>
        <source>Sin condiciones: esta regla se cumple siempre.</source>
        <translation>No conditions: this rule always holds.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_questionnaire.py" line="119"/>
        <source>Resultado:</source>
        <translation>Outcome:</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTreeModel</name>
    <message>
        <location filename="../../desktop/models/questionnaire_tree.py" line="58"/>
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_tree.py" line="58"/>
        <source>Clave</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_tree.py" line="58"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaire_tree.py" line="238"/>
        <source>Se muestra solo cuando se cumple su condición</source>
        <translation>Shown only when its condition holds</translation>
    </message>
</context>
<context>
    <name>QuestionnairesModel</name>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="21"/>
        <source>Cuestionario</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="21"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="21"/>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="21"/>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="58"/>
        <source> (retirado)</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="61"/>
        <source>sin publicar</source>
        <translation>unpublished</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="63"/>
        <source>Publicada el %s</source>
        <translation>Published on %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="67"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="68"/>
        <source>guardado %s</source>
        <translation>saved %s</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="44"/>
        <source>Gestor cuyo recorrido se reproduce</source>
        <translation>Agent whose route is replayed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="48"/>
        <source>Ver el día</source>
        <translation>Show the day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="49"/>
        <location filename="../../desktop/views/replay_bar.py" line="194"/>
        <source>Reproducir</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="54"/>
        <source>Velocidad de la reproducción</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="57"/>
        <source>Volver al mapa en vivo</source>
        <translation>Back to the live map</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="61"/>
        <source>Recorrido:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="127"/>
        <source>Sin datos ese día</source>
        <translation>No data that day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="194"/>
        <source>Pausa</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>SecurityLabels</name>
    <message>
        <location filename="../../desktop/security_labels.py" line="18"/>
        <source>administrador</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="19"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="20"/>
        <source>consulta</source>
        <translation>viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="26"/>
        <source>sin rol</source>
        <translation>no role</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="32"/>
        <source>vincular dispositivos</source>
        <translation>pairing devices</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="33"/>
        <source>revocar dispositivos</source>
        <translation>revoking devices</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="34"/>
        <source>agregar ni modificar gestores</source>
        <translation>adding or changing agents</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="35"/>
        <source>importar la cartera</source>
        <translation>importing the portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="36"/>
        <source>asignar cuentas</source>
        <translation>assigning accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="37"/>
        <source>importar pagos</source>
        <translation>importing payments</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="38"/>
        <source>modificar cuestionarios</source>
        <translation>changing questionnaires</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="39"/>
        <source>publicar cuestionarios</source>
        <translation>publishing questionnaires</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="40"/>
        <source>crear ni modificar convenios</source>
        <translation>creating or changing agreements</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="41"/>
        <source>exportar datos</source>
        <translation>exporting data</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="42"/>
        <source>cambiar la configuración de la sucursal</source>
        <translation>changing the branch&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="43"/>
        <source>cambiar la configuración del servidor</source>
        <translation>changing the server&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="44"/>
        <source>administrar usuarios</source>
        <translation>managing users</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="51"/>
        <source>Su rol (%s) no permite %s.</source>
        <translation>Your role (%s) does not allow %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="57"/>
        <source>Código de vinculación creado</source>
        <translation>Pairing code created</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="58"/>
        <source>Dispositivo vinculado</source>
        <translation>Device paired</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="59"/>
        <source>Dispositivo revocado</source>
        <translation>Device revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="60"/>
        <source>Gestor agregado</source>
        <translation>Agent added</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="61"/>
        <source>Gestor modificado</source>
        <translation>Agent changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="62"/>
        <source>Gestor desactivado</source>
        <translation>Agent deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="63"/>
        <source>Gestor activado</source>
        <translation>Agent activated</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="64"/>
        <source>Cartera importada</source>
        <translation>Portfolio imported</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="65"/>
        <source>Cuestionario asignado a cuentas</source>
        <translation>Questionnaire given to accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="66"/>
        <source>Pagos importados</source>
        <translation>Payments imported</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="67"/>
        <source>Cuestionario publicado</source>
        <translation>Questionnaire published</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="68"/>
        <source>Configuración de la sucursal cambiada</source>
        <translation>Branch settings changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="69"/>
        <source>Configuración del servidor cambiada</source>
        <translation>Server settings changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="70"/>
        <source>Usuario creado</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="71"/>
        <source>Usuario modificado</source>
        <translation>User changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="72"/>
        <source>Usuario desactivado</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="73"/>
        <source>Usuario activado</source>
        <translation>User activated</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="74"/>
        <source>Contraseña cambiada</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="75"/>
        <source>Contraseña restablecida</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="76"/>
        <source>Inicio de sesión</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="77"/>
        <source>Inicio de sesión fallido</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="78"/>
        <source>Auditoría exportada</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="79"/>
        <source>Datos exportados</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="80"/>
        <source>Convenio creado</source>
        <translation>Agreement created</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="81"/>
        <source>Convenio modificado</source>
        <translation>Agreement changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="89"/>
        <source>gestor</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="90"/>
        <source>dispositivo</source>
        <translation>device</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="91"/>
        <source>usuario</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="92"/>
        <source>cuestionario</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="93"/>
        <source>sucursal</source>
        <translation>branch</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="94"/>
        <source>archivo</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="95"/>
        <source>esta computadora</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="101"/>
        <source>Oficina</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="101"/>
        <source>Dispositivo</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="107"/>
        <source>La contraseña debe tener al menos %d caracteres.</source>
        <translation>The password must have at least %d characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="108"/>
        <source>La contraseña es demasiado larga.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="109"/>
        <source>La contraseña no puede ser igual al usuario.</source>
        <translation>The password cannot be the user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="110"/>
        <source>El usuario debe tener de 2 a 64 letras sin tildes, números, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; o &apos;@&apos;, y empezar por una letra o un número.</source>
        <translation>The user name must have 2 to 64 unaccented letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, and start with a letter or a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="112"/>
        <source>Ese nombre de usuario está reservado para Campo; elija otro.</source>
        <translation>That user name is reserved for Campo; choose another one.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="113"/>
        <source>Ya hay un usuario con ese nombre; elija otro.</source>
        <translation>There is already a user with that name; choose another one.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="114"/>
        <source>Escriba el nombre de la persona.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="115"/>
        <source>El nombre tiene más de 200 caracteres.</source>
        <translation>The name is longer than 200 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="116"/>
        <source>Elija un rol de la lista.</source>
        <translation>Choose a role from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="117"/>
        <source>El primer usuario debe ser administrador: será quien pueda crear a los demás.</source>
        <translation>The first user must be an administrator: they will be the one who can create the others.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="118"/>
        <source>Es el último administrador activo: antes de quitarle el rol o desactivarlo, haga administrador a otro usuario.</source>
        <translation>This is the last active administrator: before taking the role away or deactivating them, make another user an administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="120"/>
        <source>Ese usuario ya no existe; cierre y vuelva a abrir la lista.</source>
        <translation>That user no longer exists; close and open the list again.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="121"/>
        <source>La contraseña actual no es correcta.</source>
        <translation>The current password is not right.</translation>
    </message>
</context>
<context>
    <name>SecurityMenu</name>
    <message>
        <location filename="../../desktop/views/security_menu.py" line="23"/>
        <source>Sin inicio de sesión (un solo usuario)</source>
        <translation>No sign-in (single user)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_menu.py" line="24"/>
        <source>Sesión: %s (%s)</source>
        <translation>Signed in: %s (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_menu.py" line="36"/>
        <source>Usuarios…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_menu.py" line="37"/>
        <source>Auditoría…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/security_menu.py" line="38"/>
        <source>Cambiar mi contraseña…</source>
        <translation>Change my password…</translation>
    </message>
</context>
<context>
    <name>SessionGate</name>
    <message>
        <location filename="../../desktop/views/session_gate.py" line="50"/>
        <source>Campo</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/session_gate.py" line="50"/>
        <source>No se pudo abrir la base de datos: %s</source>
        <translation>Could not open the database: %s</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="85"/>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="94"/>
        <source>Sucursal (se aplica de inmediato a todos los dispositivos)</source>
        <translation>Branch (applies at once to every device)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="96"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="97"/>
        <source>Zona horaria</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="98"/>
        <source>Radio de geocerca por defecto</source>
        <translation>Default geofence radius</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="99"/>
        <source>Límite de precisión del GPS</source>
        <translation>GPS accuracy limit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="103"/>
        <source>cualquiera libre</source>
        <translation>any free one</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="104"/>
        <source>Anunciar el servidor en la red local</source>
        <translation>Announce the server on the local network</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="106"/>
        <source>https://cobranza.ejemplo.com:8750 (si hay un router o proxy)</source>
        <translation>https://collections.example.com:8750 (behind a router or proxy)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="107"/>
        <source>Cifrar con HTTPS (los teléfonos fijan el certificado al emparejarse)</source>
        <translation>Encrypt with HTTPS (phones pin the certificate when they pair)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="111"/>
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="112"/>
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="113"/>
        <source>Esta computadora</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="118"/>
        <source>Puerto del servidor</source>
        <translation>Server port</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="119"/>
        <source>Descubrimiento</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="120"/>
        <source>Dirección pública</source>
        <translation>Public address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="121"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="123"/>
        <source>Servidor de mosaicos del mapa</source>
        <translation>Map tile server</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="124"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="125"/>
        <source>El puerto, el descubrimiento, la dirección pública, HTTPS y el idioma se aplican la próxima vez que abra Campo.</source>
        <translation>The port, discovery, public address, HTTPS and language apply the next time you open Campo.</translation>
    </message>
    <message>
        <source>El puerto, el descubrimiento y el idioma se aplican la próxima vez que abra Campo.</source>
        <translation type="vanished">The port, discovery and language apply the next time you open Campo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="136"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="137"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="188"/>
        <source>No se pudo leer la configuración de la sucursal: %s</source>
        <translation>Could not read the branch settings: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="208"/>
        <source>La dirección de los mosaicos debe empezar por http:// o https:// y contener {z}, {x} y {y}, por ejemplo %s</source>
        <translation>The tile address must start with http:// or https:// and contain {z}, {x} and {y}, for example %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="212"/>
        <source>La dirección pública debe empezar por http:// o https://, por ejemplo https://cobranza.ejemplo.com:8750</source>
        <translation>The public address must start with http:// or https://, for example https://collections.example.com:8750</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="219"/>
        <source>Escriba el nombre de la sucursal (hasta 200 caracteres).</source>
        <translation>Type the branch name (up to 200 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="221"/>
        <source>«%s» no es una zona horaria conocida; elija una de la lista, por ejemplo America/Bogota.</source>
        <translation>“%s” is not a known time zone; choose one from the list, for example America/Bogota.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="224"/>
        <source>El radio de geocerca debe estar entre %d y %d m.</source>
        <translation>The geofence radius must be between %d and %d m.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="226"/>
        <source>El límite de precisión debe estar entre %d y %d m.</source>
        <translation>The accuracy limit must be between %d and %d m.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="297"/>
        <source>No se pudo guardar la configuración: %s</source>
        <translation>Could not save the settings: %s</translation>
    </message>
</context>
<context>
    <name>SlotVisitsFilter</name>
    <message>
        <location filename="../../desktop/models/kpi_visits_filter.py" line="35"/>
        <source>lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_visits_filter.py" line="35"/>
        <source>mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_visits_filter.py" line="36"/>
        <source>mié</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_visits_filter.py" line="36"/>
        <source>jue</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_visits_filter.py" line="37"/>
        <source>vie</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_visits_filter.py" line="37"/>
        <source>sáb</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_visits_filter.py" line="38"/>
        <source>dom</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/models/kpi_visits_filter.py" line="39"/>
        <source>Solo %s %02dh</source>
        <translation>Only %s %02d h</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="41"/>
        <source>Editar usuario</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="41"/>
        <source>Nuevo usuario</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="43"/>
        <source>p. ej. ana.perez</source>
        <translation>e.g. ana.perez</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="56"/>
        <source>al menos %d caracteres</source>
        <translation>at least %d characters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="65"/>
        <source>Usuario</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="66"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="67"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="69"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="70"/>
        <source>Repetir la contraseña</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="72"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="73"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="78"/>
        <source>Es el primer usuario: será administrador. Desde ahora Campo pedirá usuario y contraseña al abrirse.</source>
        <translation>This is the first user: an administrator. From now on Campo asks for a user name and password when it opens.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="97"/>
        <source>Las dos contraseñas no coinciden.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="130"/>
        <source>No se pudo guardar el usuario: %s</source>
        <translation>Could not save the user: %s</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="46"/>
        <source>Usuarios</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="64"/>
        <source>Nuevo usuario…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="65"/>
        <source>Editar…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="66"/>
        <source>Restablecer la contraseña…</source>
        <translation>Reset the password…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="67"/>
        <location filename="../../desktop/views/users_dialog.py" line="125"/>
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="68"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="101"/>
        <source>Quienes pueden entrar a Campo en esta sucursal. Administrador: todo. Supervisor: el trabajo de cobranza, sin usuarios ni configuración. Consulta: ve todo, no cambia nada.</source>
        <translation>Who may sign in to Campo at this branch. Administrator: everything. Supervisor: the collection work, without users or settings. Viewer: sees everything, changes nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="105"/>
        <source>Campo funciona ahora sin usuarios: no pide contraseña al abrirse. Cree un usuario (el primero será administrador) para que cada persona entre con el suyo y quede registrado quién hace qué.</source>
        <translation>Campo now runs without users: it asks for no password when it opens. Create a user (the first one is an administrator) so that each person signs in with their own and the log says who did what.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="125"/>
        <source>Activar</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="145"/>
        <source>Contraseña nueva guardada para %s.</source>
        <translation>New password saved for %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="170"/>
        <source>Usuario %s creado. Usted sigue trabajando como %s; la próxima vez Campo pedirá usuario y contraseña.</source>
        <translation>User %s created. You go on working as %s; next time Campo asks for a user name and password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users_dialog.py" line="178"/>
        <source>Error: %s</source>
        <translation>Error: %s</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../desktop/models/users_model.py" line="28"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="28"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="28"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="28"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="29"/>
        <source>Último ingreso</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="34"/>
        <source>Inactivo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="36"/>
        <source>Bloqueado hasta las %s</source>
        <translation>Locked until %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="37"/>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="57"/>
        <source>nunca</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <location filename="../../desktop/views/designer_versions.py" line="21"/>
        <source>Editar desde esta versión</source>
        <translation>Edit from this version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_versions.py" line="22"/>
        <source>Reemplaza el borrador por esa versión (se puede deshacer)</source>
        <translation>Replaces the draft with that version (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_versions.py" line="26"/>
        <source>Versiones:</source>
        <translation>Versions:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_versions.py" line="37"/>
        <source>v%d — %s</source>
        <translation>v%d — %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_versions.py" line="39"/>
        <source>ninguna publicada</source>
        <translation>none published</translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="75"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="75"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="75"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="76"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="76"/>
        <source>Promesa</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="76"/>
        <source>Geocerca</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="77"/>
        <source>Alertas</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="77"/>
        <source>Inicio / fin</source>
        <translation>Start / end</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="78"/>
        <source>Posición tomada</source>
        <translation>Fix taken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="78"/>
        <source>Recibida</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="79"/>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="79"/>
        <source>Corrige la visita</source>
        <translation>Corrects visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="80"/>
        <source>Cuestionario</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="83"/>
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="83"/>
        <source>Respuesta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="88"/>
        <source>Respuestas del cuestionario</source>
        <translation>Questionnaire answers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="95"/>
        <source>Seleccione una visita</source>
        <translation>Select a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="111"/>
        <source>Sin promesa</source>
        <translation>No promise</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="114"/>
        <source>%s, a %s m de la cuenta</source>
        <translation>%s, %s m from the account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="117"/>
        <source>Sin alertas</source>
        <translation>No flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="124"/>
        <source>precisión %s m</source>
        <translation>accuracy %s m</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="125"/>
        <source>, simulada</source>
        <translation>, mocked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="128"/>
        <source>Sin cuestionario</source>
        <translation>No questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="153"/>
        <source>Foto o firma aún no recibida</source>
        <translation>Photo or signature not received yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="153"/>
        <source>Archivo dañado</source>
        <translation>Damaged file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="154"/>
        <source>Imagen ilegible</source>
        <translation>Unreadable image</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="182"/>
        <source>Foto o firma %s…</source>
        <translation>Photo or signature %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="186"/>
        <source>%s (precisión %s m)</source>
        <translation>%s (accuracy %s m)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="188"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="188"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <location filename="../../desktop/visit_labels.py" line="16"/>
        <source>Sin contacto</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="17"/>
        <source>Contacto con un tercero</source>
        <translation>Third-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="18"/>
        <source>Contacto con el titular</source>
        <translation>Right-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="19"/>
        <source>Promesa de pago</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="26"/>
        <source>Dentro de la geocerca</source>
        <translation>Inside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="27"/>
        <source>Fuera de la geocerca</source>
        <translation>Outside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="28"/>
        <source>Geocerca incierta (precisión baja)</source>
        <translation>Geofence uncertain (low accuracy)</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="29"/>
        <source>Cuenta sin ubicación</source>
        <translation>Account without location</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="36"/>
        <source>Ubicación simulada</source>
        <translation>Mock location</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="37"/>
        <source>Ubicación simulada: el dispositivo dijo que la posición era falsa</source>
        <translation>Mock location: the device said the position was fake</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="38"/>
        <source>Precisión baja</source>
        <translation>Low accuracy</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="39"/>
        <source>Precisión baja: el GPS reportó un margen mayor al límite de la sucursal</source>
        <translation>Low accuracy: the GPS reported a margin above the branch&apos;s limit</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="40"/>
        <source>Fuera de geocerca</source>
        <translation>Outside geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="41"/>
        <source>Fuera de la geocerca: la visita se registró lejos de la dirección de la cuenta</source>
        <translation>Outside the geofence: the visit was recorded away from the account&apos;s address</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="42"/>
        <source>Geocerca discrepante</source>
        <translation>Geofence mismatch</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="43"/>
        <source>Geocerca discrepante: el dispositivo dijo «dentro», el servidor calculó «fuera»</source>
        <translation>Geofence mismatch: the device said “inside”, the server computed “outside”</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="44"/>
        <source>Ubicación vieja</source>
        <translation>Stale fix</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="45"/>
        <source>Ubicación vieja: la posición se tomó más de 10 minutos antes o después de la visita</source>
        <translation>Stale fix: the position was taken more than 10 minutes before or after the visit</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="46"/>
        <source>Velocidad imposible</source>
        <translation>Impossible speed</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="47"/>
        <source>Velocidad imposible: desde la posición anterior habría viajado a más de 55 m/s (unos 200 km/h)</source>
        <translation>Impossible speed: from the previous position it would have travelled faster than 55 m/s (about 200 km/h)</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="48"/>
        <source>Reloj desfasado</source>
        <translation>Clock skew</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="49"/>
        <source>Reloj del dispositivo desfasado: difiere más de 10 minutos de la hora del servidor</source>
        <translation>Device clock skewed: it differs from the server&apos;s time by more than 10 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="79"/>
        <source>%s, vence %s</source>
        <translation>%s, due %s</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="48"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="48"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="48"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="48"/>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="49"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="49"/>
        <source>Promesa</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="49"/>
        <source>Geocerca</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="49"/>
        <source>Alertas</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="106"/>
        <location filename="../../desktop/views/visits_page.py" line="246"/>
        <source>Todos los gestores</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="108"/>
        <source>Todos los resultados</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="112"/>
        <source>Toda geocerca</source>
        <translation>Any geofence verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="115"/>
        <source>Solo con alertas</source>
        <translation>Flagged only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="119"/>
        <source>Avisar cada visita</source>
        <translation>Notify each visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="129"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="129"/>
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="136"/>
        <location filename="../../desktop/views/visits_page.py" line="211"/>
        <source>Cargando visitas…</source>
        <translation>Loading visits…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="240"/>
        <source>No se pudieron leer las visitas: %s</source>
        <translation>Could not read the visits: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="254"/>
        <source>%d de %d visitas</source>
        <translation>%d of %d visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="256"/>
        <source> (solo las %d más recientes: acote las fechas para ver las demás)</source>
        <translation> (only the %d most recent: narrow the dates to see the rest)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="286"/>
        <source>Visita de %s</source>
        <translation>Visit by %s</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/views/pages.py" line="25"/>
        <source>Mapa</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="27"/>
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="29"/>
        <source>Gestores y dispositivos</source>
        <translation>Agents and devices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="30"/>
        <source>Cartera</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="31"/>
        <source>Cuestionarios</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="33"/>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="37"/>
        <source>Detalles</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="52"/>
        <source>Configuración…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="55"/>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
</context>
</TS>
