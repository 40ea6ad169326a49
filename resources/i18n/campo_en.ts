<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/views/map_page.py" line="156"/>
        <source>Gestores</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="156"/>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="156"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="157"/>
        <source>Visitas de hoy</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="157"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="158"/>
        <source>En línea (&lt; 5 min)</source>
        <translation>Live (&lt; 5 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="158"/>
        <source>Quieto (&lt; 30 min)</source>
        <translation>Quiet (&lt; 30 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="158"/>
        <source>Sin señal</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="159"/>
        <source>Batería</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="159"/>
        <source>cargando</source>
        <translation>charging</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="159"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="160"/>
        <source>Promesa de pago</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="160"/>
        <source>Contacto con el titular</source>
        <translation>Right-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="161"/>
        <source>Contacto con un tercero</source>
        <translation>Third-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="161"/>
        <source>Sin contacto</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="162"/>
        <source>Dentro de la geocerca</source>
        <translation>Inside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="162"/>
        <location filename="../../desktop/views/map_page.py" line="165"/>
        <location filename="../../desktop/views/map_page.py" line="166"/>
        <source>Fuera de la geocerca</source>
        <translation>Outside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="163"/>
        <source>Geocerca incierta (precisión baja)</source>
        <translation>Geofence uncertain (low accuracy)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="164"/>
        <source>Sin ubicación</source>
        <translation>No location</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="167"/>
        <source>El teléfono la dio por dentro</source>
        <translation>The phone said inside</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="168"/>
        <source>Ubicación simulada</source>
        <translation>Mock location</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="168"/>
        <source>Precisión baja</source>
        <translation>Low accuracy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="169"/>
        <source>Ubicación vieja</source>
        <translation>Stale fix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="169"/>
        <source>Velocidad imposible</source>
        <translation>Impossible speed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="170"/>
        <source>Reloj del teléfono desfasado</source>
        <translation>Phone clock skewed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="171"/>
        <source>Mosaicos no disponibles</source>
        <translation>Map tiles unavailable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="171"/>
        <source>Recorridos de hoy</source>
        <translation>Today&apos;s routes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="173"/>
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
        <location filename="../../desktop/views/accounts_page.py" line="54"/>
        <source>Buscar por referencia, deudor, dirección o gestor</source>
        <translation>Search by reference, debtor, address or agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="57"/>
        <source>Importar…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="121"/>
        <source>No se pudo leer la cartera: %s</source>
        <translation>Could not read the portfolio: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="130"/>
        <source>%d cuentas</source>
        <translation>%d accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="132"/>
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
    <name>DemoRunner</name>
    <message>
        <location filename="../../desktop/demo.py" line="114"/>
        <source>No se pudo preparar la demostración: %s</source>
        <translation>Could not prepare the demo: %s</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="87"/>
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="87"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="87"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="88"/>
        <source>Días de mora</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="88"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="89"/>
        <location filename="../../desktop/views/details_panel.py" line="93"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="89"/>
        <source>Geocerca</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="90"/>
        <source>Visitas (últimos %d días)</source>
        <translation>Visits (last %d days)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="90"/>
        <source>Última visita</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="93"/>
        <source>Dispositivo</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="93"/>
        <source>Versión de la app</source>
        <translation>App version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="94"/>
        <source>Última conexión</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="94"/>
        <source>Batería</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="95"/>
        <source>Última posición</source>
        <translation>Latest fix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="95"/>
        <source>Visitas de hoy</source>
        <translation>Visits today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="95"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="110"/>
        <source>Seleccione una visita, una cuenta o un gestor en el mapa</source>
        <translation>Select a visit, an account or an agent on the map</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="118"/>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="129"/>
        <source>No se pudieron leer los detalles: %s</source>
        <translation>Could not read the details: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="139"/>
        <source>Esa visita ya no existe.</source>
        <translation>That visit no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="139"/>
        <source>Esa cuenta ya no existe.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="140"/>
        <source>Ese dispositivo ya no existe.</source>
        <translation>That device no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="141"/>
        <source>No hay nada que mostrar.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="158"/>
        <source>Nunca</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="167"/>
        <source>Sin segmento</source>
        <translation>No segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="169"/>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="175"/>
        <location filename="../../desktop/views/details_panel.py" line="182"/>
        <source>Ninguna</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="186"/>
        <source>Sin ubicación: no se puede verificar la geocerca</source>
        <translation>No location: the geofence cannot be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="190"/>
        <source>Polígono de %d vértices</source>
        <translation>Polygon of %d vertices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="192"/>
        <source>Radio de %s m</source>
        <translation>Radius of %s m</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="193"/>
        <source>Radio de %s m (el de la sucursal)</source>
        <translation>Radius of %s m (the branch&apos;s default)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="200"/>
        <source>Sin datos del dispositivo</source>
        <translation>No device details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="201"/>
        <source>Desconocida</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="207"/>
        <source>Sin datos</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="209"/>
        <source> (cargando)</source>
        <translation> (charging)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="211"/>
        <source>Sin posiciones</source>
        <translation>No positions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="214"/>
        <source>precisión %s m</source>
        <translation>accuracy %s m</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="218"/>
        <source>Revocado el %s</source>
        <translation>Revoked on %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="220"/>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="60"/>
        <source>Importar cartera</source>
        <translation>Import portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="64"/>
        <source>Ningún archivo elegido</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="65"/>
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="67"/>
        <location filename="../../desktop/views/import_dialog.py" line="197"/>
        <source>Elija un archivo .csv o .xlsx con la cartera.</source>
        <translation>Choose a .csv or .xlsx file with the portfolio.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="74"/>
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="76"/>
        <location filename="../../desktop/views/import_dialog.py" line="200"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="85"/>
        <source>Filas que no se importarán:</source>
        <translation>Rows that will not be imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="93"/>
        <source>Elegir la cartera</source>
        <translation>Choose the portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="93"/>
        <source>Cartera (*.csv *.xlsx);;Todos los archivos (*)</source>
        <translation>Portfolio (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="109"/>
        <source>Revisando %s…</source>
        <translation>Checking %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="120"/>
        <source>%d filas válidas para importar; %d filas con errores.</source>
        <translation>%d valid rows to import; %d rows with errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="122"/>
        <source>Columnas ignoradas: %s</source>
        <translation>Ignored columns: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="134"/>
        <source>No se puede importar este archivo: %s</source>
        <translation>This file cannot be imported: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="144"/>
        <source>línea %d, columna %s: %s</source>
        <translation>line %d, column %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="158"/>
        <source>Importando %d filas…</source>
        <translation>Importing %d rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="173"/>
        <source>Importación terminada: %d creadas, %d actualizadas, %d movidas de gestor, %d sin cambios.</source>
        <translation>Import finished: %d created, %d updated, %d moved to another agent, %d unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="176"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="184"/>
        <source>La importación falló y no se guardó nada: %s</source>
        <translation>The import failed and nothing was saved: %s</translation>
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
        <location filename="../../desktop/views/map_page.py" line="261"/>
        <source>No se pudieron leer los datos del mapa: %s</source>
        <translation>Could not read the map&apos;s data: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="369"/>
        <source>No se pudo leer el recorrido: %s</source>
        <translation>Could not read the route: %s</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="54"/>
        <source>Vincular un dispositivo</source>
        <translation>Pair a device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="79"/>
        <source>Otro código</source>
        <translation>Another code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="82"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="86"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="90"/>
        <source>En el teléfono, abra Campo y escanee este código QR, o escriba el código de vinculación.</source>
        <translation>On the phone, open Campo and scan this QR code, or type the pairing code.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="120"/>
        <source>No hay gestores activos: agregue uno antes de vincular un dispositivo.</source>
        <translation>There are no active agents: add one before pairing a device.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="122"/>
        <source>Creando el código…</source>
        <translation>Creating the code…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="140"/>
        <source>Vence el %s (un solo uso).</source>
        <translation>Expires %s (single use).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="142"/>
        <source>Direcciones del servidor:</source>
        <translation>Server addresses:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="144"/>
        <source>El servidor todavía no está en marcha: el QR no lleva direcciones.</source>
        <translation>The server is not running yet: the QR code carries no addresses.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="145"/>
        <source>Esperando al dispositivo…</source>
        <translation>Waiting for the device…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="151"/>
        <source>El gestor está desactivado: actívelo antes de vincular un dispositivo.</source>
        <translation>The agent is deactivated: activate them before pairing a device.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="153"/>
        <source>No se pudo crear el código: %s</source>
        <translation>Could not create the code: %s</translation>
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
        <location filename="../../desktop/views/replay_bar.py" line="181"/>
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
        <location filename="../../desktop/views/replay_bar.py" line="114"/>
        <source>Sin datos ese día</source>
        <translation>No data that day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="181"/>
        <source>Pausa</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="80"/>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="89"/>
        <source>Sucursal (se aplica de inmediato a todos los dispositivos)</source>
        <translation>Branch (applies at once to every device)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="91"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="92"/>
        <source>Zona horaria</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="93"/>
        <source>Radio de geocerca por defecto</source>
        <translation>Default geofence radius</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="94"/>
        <source>Límite de precisión del GPS</source>
        <translation>GPS accuracy limit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="98"/>
        <source>cualquiera libre</source>
        <translation>any free one</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="99"/>
        <source>Anunciar el servidor en la red local</source>
        <translation>Announce the server on the local network</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="103"/>
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="104"/>
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="105"/>
        <source>Esta computadora</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="107"/>
        <source>Puerto del servidor</source>
        <translation>Server port</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="108"/>
        <source>Descubrimiento</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="109"/>
        <source>Servidor de mosaicos del mapa</source>
        <translation>Map tile server</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="110"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="111"/>
        <source>El puerto, el descubrimiento y el idioma se aplican la próxima vez que abra Campo.</source>
        <translation>The port, discovery and language apply the next time you open Campo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="121"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="122"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="168"/>
        <source>No se pudo leer la configuración de la sucursal: %s</source>
        <translation>Could not read the branch settings: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="188"/>
        <source>La dirección de los mosaicos debe empezar por http:// o https:// y contener {z}, {x} y {y}, por ejemplo %s</source>
        <translation>The tile address must start with http:// or https:// and contain {z}, {x} and {y}, for example %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="195"/>
        <source>Escriba el nombre de la sucursal (hasta 200 caracteres).</source>
        <translation>Type the branch name (up to 200 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="197"/>
        <source>«%s» no es una zona horaria conocida; elija una de la lista, por ejemplo America/Bogota.</source>
        <translation>“%s” is not a known time zone; choose one from the list, for example America/Bogota.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="200"/>
        <source>El radio de geocerca debe estar entre %d y %d m.</source>
        <translation>The geofence radius must be between %d and %d m.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="202"/>
        <source>El límite de precisión debe estar entre %d y %d m.</source>
        <translation>The accuracy limit must be between %d and %d m.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="248"/>
        <source>No se pudo guardar la configuración: %s</source>
        <translation>Could not save the settings: %s</translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="66"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="66"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="66"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="67"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="67"/>
        <source>Promesa</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="67"/>
        <source>Geocerca</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="68"/>
        <source>Alertas</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="68"/>
        <source>Inicio / fin</source>
        <translation>Start / end</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="69"/>
        <source>Posición tomada</source>
        <translation>Fix taken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="69"/>
        <source>Recibida</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="70"/>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="70"/>
        <source>Corrige la visita</source>
        <translation>Corrects visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="73"/>
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="73"/>
        <source>Respuesta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="77"/>
        <source>Respuestas del cuestionario</source>
        <translation>Questionnaire answers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="84"/>
        <source>Seleccione una visita</source>
        <translation>Select a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="100"/>
        <source>Sin promesa</source>
        <translation>No promise</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="103"/>
        <source>%s, a %s m de la cuenta</source>
        <translation>%s, %s m from the account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="106"/>
        <source>Sin alertas</source>
        <translation>No flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="113"/>
        <source>precisión %s m</source>
        <translation>accuracy %s m</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="114"/>
        <source>, simulada</source>
        <translation>, mocked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="131"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="131"/>
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
        <location filename="../../desktop/views/visits_page.py" line="103"/>
        <location filename="../../desktop/views/visits_page.py" line="210"/>
        <source>Todos los gestores</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="105"/>
        <source>Todos los resultados</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="109"/>
        <source>Toda geocerca</source>
        <translation>Any geofence verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="112"/>
        <source>Solo con alertas</source>
        <translation>Flagged only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="113"/>
        <source>Avisar cada visita</source>
        <translation>Notify each visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="123"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="123"/>
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="130"/>
        <location filename="../../desktop/views/visits_page.py" line="181"/>
        <source>Cargando visitas…</source>
        <translation>Loading visits…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="204"/>
        <source>No se pudieron leer las visitas: %s</source>
        <translation>Could not read the visits: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="218"/>
        <source>%d de %d visitas</source>
        <translation>%d of %d visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="220"/>
        <source> (solo las %d más recientes: acote las fechas para ver las demás)</source>
        <translation> (only the %d most recent: narrow the dates to see the rest)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="250"/>
        <source>Visita de %s</source>
        <translation>Visit by %s</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/views/pages.py" line="22"/>
        <source>Mapa</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="24"/>
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="26"/>
        <source>Gestores y dispositivos</source>
        <translation>Agents and devices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="27"/>
        <source>Cartera</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="30"/>
        <source>Detalles</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="45"/>
        <source>Configuración…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="48"/>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
</context>
</TS>
