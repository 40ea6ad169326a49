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
        <location filename="../../desktop/views/map_page.py" line="137"/>
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
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="52"/>
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
        <source>Teléfonos</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="52"/>
        <source>Producto</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="53"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="53"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="53"/>
        <source>Recordatorios</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="102"/>
        <source>correo</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="102"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="103"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="110"/>
        <source>Correo: %s</source>
        <translation>E-mail: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="112"/>
        <source>Monto original: %s</source>
        <translation>Original amount: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="115"/>
        <source>Vencimientos: %s</source>
        <translation>Due dates: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="117"/>
        <source>Notas: %s</source>
        <translation>Notes: %s</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Buscar por referencia, deudor, dirección o gestor</source>
        <translation type="vanished">Search by reference, debtor, address or agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="59"/>
        <source>Buscar por referencia, deudor, documento, dirección, teléfono, producto o gestor</source>
        <translation>Search by reference, debtor, document, address, phone, product or agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="63"/>
        <source>Importar…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="129"/>
        <source>No se pudo leer la cartera: %s</source>
        <translation>Could not read the portfolio: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="138"/>
        <source>%d cuentas</source>
        <translation>%d accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="140"/>
        <source>%d de %d cuentas</source>
        <translation>%d of %d accounts</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="40"/>
        <source>Editar gestor</source>
        <translation>Edit agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="40"/>
        <source>Nuevo gestor</source>
        <translation>New agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="42"/>
        <source>p. ej. G-014</source>
        <translation>e.g. G-014</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="48"/>
        <source>opcional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="55"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="56"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="57"/>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="59"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="60"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="73"/>
        <source>El código debe tener de 1 a 40 letras, números, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empezar por una letra o un número.</source>
        <translation>The code must have 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and start with a letter or a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="77"/>
        <source>Escriba el nombre del gestor.</source>
        <translation>Type the agent&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="80"/>
        <source>El correo «%s» no es una dirección válida.</source>
        <translation>“%s” is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="113"/>
        <source>El código %s ya lo tiene otro gestor. Elija otro.</source>
        <translation>Another agent already has the code %s. Choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="116"/>
        <source>Este gestor ya no existe; cierre y vuelva a abrir la página.</source>
        <translation>This agent no longer exists; close and reopen the page.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="118"/>
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
        <location filename="../../desktop/views/agents_page.py" line="77"/>
        <source>Nuevo gestor</source>
        <translation>New agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="78"/>
        <source>Editar</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="79"/>
        <location filename="../../desktop/views/agents_page.py" line="184"/>
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="80"/>
        <location filename="../../desktop/views/agents_page.py" line="233"/>
        <source>Vincular un dispositivo</source>
        <translation>Pair a device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="81"/>
        <location filename="../../desktop/views/agents_page.py" line="248"/>
        <source>Revocar</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="82"/>
        <source>Dispositivos de todos los gestores</source>
        <translation>Devices of every agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="100"/>
        <source>&lt;b&gt;Gestores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="105"/>
        <source>&lt;b&gt;Dispositivos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Devices&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="152"/>
        <source>Error: %s</source>
        <translation>Error: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="184"/>
        <source>Activar</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="231"/>
        <source>Dispositivo vinculado a %s (%s).</source>
        <translation>Device paired to %s (%s).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="231"/>
        <source>modelo desconocido</source>
        <translation>unknown model</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="245"/>
        <source>&lt;p&gt;¿Revocar el dispositivo %s de %s?&lt;/p&gt;&lt;p&gt;Dejará de poder sincronizar; para volver a usarlo habrá que vincularlo de nuevo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Revoke device %s of %s?&lt;/p&gt;&lt;p&gt;It will no longer be able to sync; to use it again it must be paired again.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="258"/>
        <source>Dispositivo revocado.</source>
        <translation>Device revoked.</translation>
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
        <location filename="../../desktop/views/designer_editor.py" line="76"/>
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="76"/>
        <source>Cuestionario y resultado</source>
        <translation>Questionnaire and outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="108"/>
        <source>Agregar</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="112"/>
        <source>Duplicar</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="113"/>
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="115"/>
        <source>Subir</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="116"/>
        <source>Bajar</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="118"/>
        <source>Deshacer</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="120"/>
        <source>Rehacer</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="195"/>
        <source>Duplicar «%s»</source>
        <translation>Duplicate “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="219"/>
        <source>el título</source>
        <translation>the title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_editor.py" line="219"/>
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
        <location filename="../../desktop/views/designer_page.py" line="70"/>
        <source>Nuevo…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="72"/>
        <source>Importar JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="76"/>
        <source>Validar</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="78"/>
        <source>Exportar JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="80"/>
        <source>Guardar borrador</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="82"/>
        <source>Descartar borrador…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="84"/>
        <source>Publicar…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="88"/>
        <source>Editar desde una versión publicada</source>
        <translation>Edit from a published version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="169"/>
        <source>Editando el borrador guardado (versiones publicadas: %d).</source>
        <translation>Editing the saved draft (published versions: %d).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="171"/>
        <source>Sin borrador: los cambios parten de la versión %d.</source>
        <translation>No draft: changes start from version %d.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="173"/>
        <source>Cuestionario vacío: agregue preguntas.</source>
        <translation>Empty questionnaire: add questions.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="186"/>
        <source>● Cambios sin guardar</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="193"/>
        <source>%d problemas por corregir antes de publicar (elija uno para ir a la pregunta).</source>
        <translation>%d problems to fix before publishing (choose one to go to its question).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="196"/>
        <source>Sin problemas: se puede publicar.</source>
        <translation>No problems: ready to publish.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="208"/>
        <source>el borrador del cuestionario anterior no se guardó (%s)</source>
        <translation>the draft of the previous questionnaire was not saved (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="214"/>
        <source>Borrador guardado a las %s.</source>
        <translation>Draft saved at %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="228"/>
        <source>Nada que publicar: es igual a la versión %d.</source>
        <translation>Nothing to publish: it equals version %d.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="243"/>
        <source>Publicada la versión %d: los teléfonos la recibirán en su próxima sincronización.</source>
        <translation>Version %d published: phones get it on their next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="254"/>
        <source>No se guardó: otra persona guardó este borrador después de que lo abrió. Ábralo de nuevo para ver sus cambios, o guarde otra vez para reemplazarlos.</source>
        <translation>Not saved: someone else saved this draft after you opened it. Open it again to see their changes, or save again to replace them.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="258"/>
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
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/views/import_file_page.py" line="47"/>
        <source>1. Archivo de la cartera</source>
        <translation>1. Portfolio file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_file_page.py" line="48"/>
        <source>Elija el archivo .csv o .xlsx que envió la entidad, con una fila de encabezados. Nada se guarda hasta el último paso.</source>
        <translation>Choose the .csv or .xlsx file the lender sent, with a header row. Nothing is saved until the last step.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_file_page.py" line="52"/>
        <source>Ningún archivo elegido</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_file_page.py" line="53"/>
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_file_page.py" line="75"/>
        <source>Elegir la cartera</source>
        <translation>Choose the portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_file_page.py" line="75"/>
        <source>Cartera (*.csv *.xlsx);;Todos los archivos (*)</source>
        <translation>Portfolio (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_file_page.py" line="83"/>
        <source>Leyendo %s…</source>
        <translation>Reading %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_file_page.py" line="91"/>
        <source>%s: %d columnas; los encabezados están en la línea %d. Primeras filas del archivo:</source>
        <translation>%s: %d columns; the headers are on line %d. First rows of the file:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_file_page.py" line="100"/>
        <source>No se puede leer este archivo: %s</source>
        <translation>This file cannot be read: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_file_page.py" line="107"/>
        <source>Elija un archivo para ver sus primeras filas.</source>
        <translation>Choose a file to see its first rows.</translation>
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
        <source>Importar cartera</source>
        <translation type="vanished">Import portfolio</translation>
    </message>
    <message>
        <source>Ningún archivo elegido</source>
        <translation type="vanished">No file chosen</translation>
    </message>
    <message>
        <source>Elegir archivo…</source>
        <translation type="vanished">Choose file…</translation>
    </message>
    <message>
        <source>Elija un archivo .csv o .xlsx con la cartera.</source>
        <translation type="vanished">Choose a .csv or .xlsx file with the portfolio.</translation>
    </message>
    <message>
        <source>Importar</source>
        <translation type="vanished">Import</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>Filas que no se importarán:</source>
        <translation type="vanished">Rows that will not be imported:</translation>
    </message>
    <message>
        <source>Elegir la cartera</source>
        <translation type="vanished">Choose the portfolio</translation>
    </message>
    <message>
        <source>Cartera (*.csv *.xlsx);;Todos los archivos (*)</source>
        <translation type="vanished">Portfolio (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Revisando %s…</source>
        <translation type="vanished">Checking %s…</translation>
    </message>
    <message>
        <source>%d filas válidas para importar; %d filas con errores.</source>
        <translation type="vanished">%d valid rows to import; %d rows with errors.</translation>
    </message>
    <message>
        <source>Columnas ignoradas: %s</source>
        <translation type="vanished">Ignored columns: %s</translation>
    </message>
    <message>
        <source>No se puede importar este archivo: %s</source>
        <translation type="vanished">This file cannot be imported: %s</translation>
    </message>
    <message>
        <source>línea %d, columna %s: %s</source>
        <translation type="vanished">line %d, column %s: %s</translation>
    </message>
    <message>
        <source>Importando %d filas…</source>
        <translation type="vanished">Importing %d rows…</translation>
    </message>
    <message>
        <source>Importación terminada: %d creadas, %d actualizadas, %d movidas de gestor, %d sin cambios.</source>
        <translation type="vanished">Import finished: %d created, %d updated, %d moved to another agent, %d unchanged.</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation type="vanished">Close</translation>
    </message>
    <message>
        <source>La importación falló y no se guardó nada: %s</source>
        <translation type="vanished">The import failed and nothing was saved: %s</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="16"/>
        <source>Referencia (n.º de obligación)</source>
        <translation>Reference (obligation no.)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="17"/>
        <source>Nombre del deudor</source>
        <translation>Debtor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="18"/>
        <source>Documento de identidad</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="19"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="20"/>
        <source>Latitud</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="21"/>
        <source>Longitud</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="22"/>
        <source>Radio de la geocerca (m)</source>
        <translation>Geofence radius (m)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="23"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="24"/>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="25"/>
        <source>Días de mora</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="26"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="27"/>
        <source>Código del gestor</source>
        <translation>Agent code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="28"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="29"/>
        <source>Correo electrónico</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="30"/>
        <source>Acepta recordatorios por correo</source>
        <translation>Accepts reminders by e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="31"/>
        <source>Acepta recordatorios por SMS</source>
        <translation>Accepts reminders by SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="32"/>
        <source>Acepta recordatorios por WhatsApp</source>
        <translation>Accepts reminders by WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="33"/>
        <location filename="../../desktop/views/import_fields.py" line="51"/>
        <source>Producto</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="34"/>
        <source>Monto original</source>
        <translation>Original amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="35"/>
        <source>Vencimientos de las cuotas</source>
        <translation>Instalment due dates</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="36"/>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="40"/>
        <source>%s (columna %d)</source>
        <translation>%s (column %d)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="49"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="50"/>
        <source>Contacto y consentimientos</source>
        <translation>Contact and consents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_fields.py" line="52"/>
        <source>Ubicación</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="17"/>
        <source>falta el valor (es obligatorio)</source>
        <translation>missing required value</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="19"/>
        <source>tiene más de {0} caracteres</source>
        <translation>longer than {0} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="21"/>
        <source>no es un número válido: {0}</source>
        <translation>not a valid number: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="23"/>
        <source>no puede ser negativo</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="25"/>
        <source>tiene más de dos decimales</source>
        <translation>more than two decimals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="27"/>
        <source>es demasiado grande</source>
        <translation>too large</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="29"/>
        <source>la moneda son 3 letras (COP, PEN...), no {0}</source>
        <translation>the currency is 3 letters (COP, PEN...), not {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="31"/>
        <source>no es un número entero de días: {0}</source>
        <translation>not a whole number of days: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="33"/>
        <source>los días de mora van de 0 a 100000</source>
        <translation>days past due go from 0 to 100000</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="35"/>
        <source>latitud {0} fuera de -90..90</source>
        <translation>latitude {0} out of -90..90</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="37"/>
        <source>longitud {0} fuera de -180..180</source>
        <translation>longitude {0} out of -180..180</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="39"/>
        <source>latitud y longitud van juntas: ponga las dos o ninguna</source>
        <translation>latitude and longitude go together: give both or neither</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="41"/>
        <source>0,0 no es una ubicación; deje ambas vacías si no se conoce</source>
        <translation>0,0 is no location; leave both empty when unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="43"/>
        <source>el radio debe ser mayor que 0 y de hasta {0} m</source>
        <translation>the radius must be over 0 and at most {0} m</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="45"/>
        <source>no hay un gestor con el código {0}</source>
        <translation>no agent has the code {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="47"/>
        <source>el gestor {0} está inactivo</source>
        <translation>agent {0} is inactive</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="49"/>
        <source>el gestor {0} no existe o está inactivo</source>
        <translation>agent {0} is unknown or inactive</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="51"/>
        <source>como máximo {0} teléfonos</source>
        <translation>at most {0} phones</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="53"/>
        <source>no es un número de teléfono: {0}</source>
        <translation>not a phone number: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="55"/>
        <source>un número internacional tiene de 8 a 15 dígitos: {0}</source>
        <translation>an international number has 8 to 15 digits: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="57"/>
        <source>un número nacional tiene de 6 a 12 dígitos: {0}</source>
        <translation>a national number has 6 to 12 digits: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="59"/>
        <source>un correo tiene como máximo {0} caracteres</source>
        <translation>an e-mail address has at most {0} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="61"/>
        <source>un solo correo por cuenta: {0}</source>
        <translation>one e-mail address per account: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="63"/>
        <source>no es un correo electrónico: {0}</source>
        <translation>not an e-mail address: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="65"/>
        <source>no es sí o no: {0}</source>
        <translation>not yes or no: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="67"/>
        <source>como máximo {0} vencimientos</source>
        <translation>at most {0} due dates</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="69"/>
        <source>no es una fecha (AAAA-MM-DD o DD/MM/AAAA): {0}</source>
        <translation>not a date (YYYY-MM-DD or DD/MM/YYYY): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="71"/>
        <source>esa fecha no existe: {0}</source>
        <translation>no such date: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="73"/>
        <source>la fecha {0} está fuera de {1}</source>
        <translation>the date {0} is outside {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="75"/>
        <source>{0} celdas pero el encabezado tiene {1} (¿una coma decimal sin comillas?)</source>
        <translation>{0} cells but the header has {1} (is a decimal comma unquoted?)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_messages.py" line="78"/>
        <source>referencia repetida {0}; ya estaba en la línea {1}</source>
        <translation>repeated reference {0}; it was already on line {1}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="70"/>
        <source>Importar cartera</source>
        <translation>Import portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="73"/>
        <source>Siguiente &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="74"/>
        <source>&lt; Atrás</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="75"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_wizard.py" line="76"/>
        <source>Cerrar</source>
        <translation>Close</translation>
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
        <location filename="../../desktop/views/map_page.py" line="239"/>
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
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="40"/>
        <source>2. Columnas del archivo</source>
        <translation>2. Columns of the file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="41"/>
        <source>Indique de qué columna del archivo sale cada dato de Campo. Los marcados con * son obligatorios; lo que no elija no se importa.</source>
        <translation>Say which column of the file each Campo field comes from. Those marked * are required; what you leave out is not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="45"/>
        <source>Sugerir de nuevo</source>
        <translation>Suggest again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="46"/>
        <source>Volver a la asignación adivinada por los nombres de las columnas</source>
        <translation>Go back to the mapping guessed from the column names</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="84"/>
        <source>— no importar —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="88"/>
        <source>%s   (p. ej. %s)</source>
        <translation>%s   (e.g. %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="93"/>
        <source>%s (si no se elige: %s)</source>
        <translation>%s (if not chosen: %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="100"/>
        <source>Se usó la asignación que eligió la última vez para archivos con estas mismas columnas. Revísela si el archivo cambió.</source>
        <translation>The mapping you chose last time for files with these same columns was used. Check it if the file changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="106"/>
        <source>Se reconocieron %d de %d columnas por su nombre. Revise cada una: la asignación se recordará para los próximos archivos con estas mismas columnas.</source>
        <translation>%d of %d columns were recognised by their names. Check each one: the mapping will be remembered for the next files with these same columns.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="139"/>
        <source>Falta elegir la columna de: %s.</source>
        <translation>Choose the column for: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="146"/>
        <source>La columna «%s» está elegida para %s: elija una sola.</source>
        <translation>Column “%s” is chosen for %s: choose only one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="147"/>
        <source> y </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="149"/>
        <source>Latitud y longitud van juntas: elija las dos o ninguna.</source>
        <translation>Latitude and longitude go together: choose both or neither.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="158"/>
        <source>Columnas del archivo que no se importarán: %s.</source>
        <translation>Columns of the file that will not be imported: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_mapping_page.py" line="159"/>
        <source>Se usan todas las columnas del archivo.</source>
        <translation>Every column of the file is used.</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="56"/>
        <source>Vincular un dispositivo</source>
        <translation>Pair a device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="81"/>
        <source>Otro código</source>
        <translation>Another code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="84"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="88"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="92"/>
        <source>En el teléfono, abra Campo y escanee este código QR, o escriba el código de vinculación.</source>
        <translation>On the phone, open Campo and scan this QR code, or type the pairing code.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="125"/>
        <source>No hay gestores activos: agregue uno antes de vincular un dispositivo.</source>
        <translation>There are no active agents: add one before pairing a device.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="127"/>
        <source>Creando el código…</source>
        <translation>Creating the code…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="147"/>
        <source>Vence el %s (un solo uso).</source>
        <translation>Expires %s (single use).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="149"/>
        <source>Direcciones del servidor:</source>
        <translation>Server addresses:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="151"/>
        <source>El servidor todavía no está en marcha: el QR no lleva direcciones.</source>
        <translation>The server is not running yet: the QR code carries no addresses.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="152"/>
        <source>Esperando al dispositivo…</source>
        <translation>Waiting for the device…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="158"/>
        <source>El gestor está desactivado: actívelo antes de vincular un dispositivo.</source>
        <translation>The agent is deactivated: activate them before pairing a device.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="160"/>
        <source>No se pudo crear el código: %s</source>
        <translation>Could not create the code: %s</translation>
    </message>
</context>
<context>
    <name>PaymentsImportDialog</name>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="40"/>
        <source>Importar pagos</source>
        <translation>Import payments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="44"/>
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="46"/>
        <source>Elija un archivo .csv o .xlsx con las columnas external_ref, paid_on, amount, reference.</source>
        <translation>Choose a .csv or .xlsx file with the columns external_ref, paid_on, amount, reference.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="51"/>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="53"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="62"/>
        <source>Filas que no se importarán:</source>
        <translation>Rows that will not be imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="69"/>
        <source>Elegir el archivo de pagos</source>
        <translation>Choose the payments file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="69"/>
        <source>Pagos (*.csv *.xlsx);;Todos los archivos (*)</source>
        <translation>Payments (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="82"/>
        <source>Revisando %s…</source>
        <translation>Checking %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="87"/>
        <source>%d pagos válidos para importar; %d filas con errores.</source>
        <translation>%d valid payments to import; %d rows with errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="95"/>
        <source>No se puede importar este archivo: %s</source>
        <translation>This file cannot be imported: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="101"/>
        <source>línea %d, columna %s: %s</source>
        <translation>line %d, column %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="114"/>
        <source>Importando %d pagos…</source>
        <translation>Importing %d payments…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="119"/>
        <source>Importación terminada: %d pagos nuevos, %d ya estaban.</source>
        <translation>Import finished: %d new payments, %d already there.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_import.py" line="126"/>
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
        <location filename="../../desktop/views/payments_page.py" line="43"/>
        <source>Buscar por cuenta o referencia</source>
        <translation>Search by account or reference</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_page.py" line="45"/>
        <source>Importar pagos…</source>
        <translation>Import payments…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_page.py" line="47"/>
        <source>Cargando pagos…</source>
        <translation>Loading payments…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_page.py" line="89"/>
        <source>No se pudieron leer los pagos: %s</source>
        <translation>Could not read the payments: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/payments_page.py" line="99"/>
        <source>%d de %d pagos · total $ %s</source>
        <translation>%d of %d payments · total $ %s</translation>
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
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="53"/>
        <source>3. Revisión antes de importar</source>
        <translation>3. Review before importing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="54"/>
        <source>Así quedarán las primeras cuentas. Las filas con errores no se importarán: corrija el archivo y vuelva a elegirlo, o importe las demás.</source>
        <translation>This is how the first accounts will look. Rows with errors will not be imported: fix the file and choose it again, or import the others.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="57"/>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="65"/>
        <source>Primeras cuentas</source>
        <translation>First accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="67"/>
        <source>Filas con errores</source>
        <translation>Rows with errors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="83"/>
        <source>Revisando cada fila de %s…</source>
        <translation>Checking every row of %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="105"/>
        <source>Primeras cuentas (%d de %d)</source>
        <translation>First accounts (%d of %d)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="107"/>
        <source>Filas con errores: %d (no se importarán)</source>
        <translation>Rows with errors: %d (they will not be imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="108"/>
        <source>%d filas listas para importar; %d filas con errores.</source>
        <translation>%d rows ready to import; %d rows with errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="110"/>
        <source>No hay nada que importar: revise las columnas o el archivo.</source>
        <translation>There is nothing to import: check the columns or the file.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="112"/>
        <source>Importar %d cuentas</source>
        <translation>Import %d accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="119"/>
        <source>No se puede importar este archivo: %s</source>
        <translation>This file cannot be imported: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="131"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_preview_page.py" line="131"/>
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
        <location filename="../../desktop/views/designer_publish.py" line="51"/>
        <source>Primera versión: %d preguntas.</source>
        <translation>First version: %d questions.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="53"/>
        <source>Cambios desde la versión %d:</source>
        <translation>Changes since version %d:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="54"/>
        <source>  + nueva: %s</source>
        <translation>  + new: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="55"/>
        <source>  − quitada: %s</source>
        <translation>  − removed: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="56"/>
        <source>  ~ cambiada: %s</source>
        <translation>  ~ changed: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="58"/>
        <source>  ↕ preguntas en otro orden</source>
        <translation>  ↕ questions in another order</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="60"/>
        <source>  título cambiado</source>
        <translation>  title changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="62"/>
        <source>  reglas de resultado cambiadas</source>
        <translation>  outcome rules changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="64"/>
        <source>Los teléfonos recibirán la versión %d en su próxima sincronización; las visitas ya registradas conservan la versión con que se hicieron.</source>
        <translation>Phones get version %d on their next sync; visits already recorded keep the version they were made with.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="75"/>
        <source>Publicar «%s»</source>
        <translation>Publish “%s”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="77"/>
        <source>¿Publicar la versión %d de «%s»?</source>
        <translation>Publish version %d of “%s”?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="83"/>
        <source>Publicar versión %d</source>
        <translation>Publish version %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_publish.py" line="85"/>
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
    <name>RowErrorsModel</name>
    <message>
        <location filename="../../desktop/models/import_models.py" line="47"/>
        <source>Línea</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_models.py" line="47"/>
        <source>Columna</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_models.py" line="47"/>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/models/import_models.py" line="67"/>
        <source>línea %d, columna %s: %s</source>
        <translation>line %d, column %s: %s</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="32"/>
        <source>4. Importación</source>
        <translation>4. Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="33"/>
        <source>Las cuentas se guardan todas juntas: si cancela, no se guarda ninguna.</source>
        <translation>The accounts are saved all together: if you cancel, none is saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="39"/>
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="41"/>
        <source>Cuentas nuevas</source>
        <translation>New accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="42"/>
        <source>Cuentas actualizadas</source>
        <translation>Updated accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="44"/>
        <source>Sin cambios</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="45"/>
        <source>Filas con errores (no importadas)</source>
        <translation>Rows with errors (not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="46"/>
        <source>Los gestores reciben las cuentas nuevas y cambiadas en la próxima sincronización de su celular; las que no cambiaron no se vuelven a enviar.</source>
        <translation>Agents get the new and changed accounts at their phone&apos;s next sync; unchanged accounts are not sent again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="64"/>
        <source>Importando %d cuentas… Puede cancelar: no quedará nada a medias.</source>
        <translation>Importing %d accounts… You can cancel: nothing is left half done.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="67"/>
        <source>Cancelar la importación</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="77"/>
        <source>Cancelando… se deshace lo importado hasta ahora.</source>
        <translation>Cancelling… undoing what was imported so far.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="84"/>
        <source>Importación terminada.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="87"/>
        <source>de ellas, %d cambiaron de gestor</source>
        <translation>of which %d changed agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="99"/>
        <source>Importación cancelada: no se guardó ningún cambio.</source>
        <translation>Import cancelled: no change was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="101"/>
        <source>La importación falló y no se guardó nada: %s</source>
        <translation>The import failed and nothing was saved: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_run_page.py" line="105"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="82"/>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="91"/>
        <source>Sucursal (se aplica de inmediato a todos los dispositivos)</source>
        <translation>Branch (applies at once to every device)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="93"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="94"/>
        <source>Zona horaria</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="95"/>
        <source>Radio de geocerca por defecto</source>
        <translation>Default geofence radius</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="96"/>
        <source>Límite de precisión del GPS</source>
        <translation>GPS accuracy limit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="100"/>
        <source>cualquiera libre</source>
        <translation>any free one</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="101"/>
        <source>Anunciar el servidor en la red local</source>
        <translation>Announce the server on the local network</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="103"/>
        <source>https://cobranza.ejemplo.com:8750 (si hay un router o proxy)</source>
        <translation>https://collections.example.com:8750 (behind a router or proxy)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="104"/>
        <source>Cifrar con HTTPS (los teléfonos fijan el certificado al emparejarse)</source>
        <translation>Encrypt with HTTPS (phones pin the certificate when they pair)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="108"/>
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="109"/>
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="110"/>
        <source>Esta computadora</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="112"/>
        <source>Puerto del servidor</source>
        <translation>Server port</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="113"/>
        <source>Descubrimiento</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="114"/>
        <source>Dirección pública</source>
        <translation>Public address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="115"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="116"/>
        <source>Servidor de mosaicos del mapa</source>
        <translation>Map tile server</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="117"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="118"/>
        <source>El puerto, el descubrimiento, la dirección pública, HTTPS y el idioma se aplican la próxima vez que abra Campo.</source>
        <translation>The port, discovery, public address, HTTPS and language apply the next time you open Campo.</translation>
    </message>
    <message>
        <source>El puerto, el descubrimiento y el idioma se aplican la próxima vez que abra Campo.</source>
        <translation type="vanished">The port, discovery and language apply the next time you open Campo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="129"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="130"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="178"/>
        <source>No se pudo leer la configuración de la sucursal: %s</source>
        <translation>Could not read the branch settings: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="198"/>
        <source>La dirección de los mosaicos debe empezar por http:// o https:// y contener {z}, {x} y {y}, por ejemplo %s</source>
        <translation>The tile address must start with http:// or https:// and contain {z}, {x} and {y}, for example %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="202"/>
        <source>La dirección pública debe empezar por http:// o https://, por ejemplo https://cobranza.ejemplo.com:8750</source>
        <translation>The public address must start with http:// or https://, for example https://collections.example.com:8750</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="209"/>
        <source>Escriba el nombre de la sucursal (hasta 200 caracteres).</source>
        <translation>Type the branch name (up to 200 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="211"/>
        <source>«%s» no es una zona horaria conocida; elija una de la lista, por ejemplo America/Bogota.</source>
        <translation>“%s” is not a known time zone; choose one from the list, for example America/Bogota.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="214"/>
        <source>El radio de geocerca debe estar entre %d y %d m.</source>
        <translation>The geofence radius must be between %d and %d m.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="216"/>
        <source>El límite de precisión debe estar entre %d y %d m.</source>
        <translation>The accuracy limit must be between %d and %d m.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="264"/>
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
        <location filename="../../desktop/views/pages.py" line="24"/>
        <source>Mapa</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="26"/>
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="28"/>
        <source>Gestores y dispositivos</source>
        <translation>Agents and devices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="29"/>
        <source>Cartera</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="30"/>
        <source>Cuestionarios</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="32"/>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="36"/>
        <source>Detalles</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="51"/>
        <source>Configuración…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="54"/>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
</context>
</TS>
