<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../desktop/views/map_page.py" line="135" />
        <source>Gestores</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="135" />
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="135" />
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="136" />
        <source>Visitas de hoy</source>
        <translation>Today's visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="136" />
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="137" />
        <source>En línea (&lt; 5 min)</source>
        <translation>Live (&lt; 5 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="137" />
        <source>Quieto (&lt; 30 min)</source>
        <translation>Quiet (&lt; 30 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="137" />
        <source>Sin señal</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="138" />
        <source>Batería</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="138" />
        <source>cargando</source>
        <translation>charging</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="138" />
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="139" />
        <source>Promesa de pago</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="139" />
        <source>Contacto con el titular</source>
        <translation>Right-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="140" />
        <source>Contacto con un tercero</source>
        <translation>Third-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="140" />
        <source>Sin contacto</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="141" />
        <source>Dentro de la geocerca</source>
        <translation>Inside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="141" />
        <location filename="../../desktop/views/map_page.py" line="144" />
        <location filename="../../desktop/views/map_page.py" line="145" />
        <source>Fuera de la geocerca</source>
        <translation>Outside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="142" />
        <source>Geocerca incierta (precisión baja)</source>
        <translation>Geofence uncertain (low accuracy)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="143" />
        <source>Sin ubicación</source>
        <translation>No location</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="146" />
        <source>El teléfono la dio por dentro</source>
        <translation>The phone said inside</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="147" />
        <source>Ubicación simulada</source>
        <translation>Mock location</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="147" />
        <source>Precisión baja</source>
        <translation>Low accuracy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="148" />
        <source>Ubicación vieja</source>
        <translation>Stale fix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="148" />
        <source>Velocidad imposible</source>
        <translation>Impossible speed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="149" />
        <source>Reloj del teléfono desfasado</source>
        <translation>Phone clock skewed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="150" />
        <source>Mosaicos no disponibles</source>
        <translation>Map tiles unavailable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="152" />
        <source>© colaboradores de OpenStreetMap</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="51" />
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="51" />
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="51" />
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="51" />
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="52" />
        <source>Días de mora</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="52" />
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="52" />
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="54" />
        <source>Buscar por referencia, deudor, dirección o gestor</source>
        <translation>Search by reference, debtor, address or agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="57" />
        <source>Importar…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="121" />
        <source>No se pudo leer la cartera: %s</source>
        <translation>Could not read the portfolio: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="130" />
        <source>%d cuentas</source>
        <translation>%d accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="132" />
        <source>%d de %d cuentas</source>
        <translation>%d of %d accounts</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="40" />
        <source>Editar gestor</source>
        <translation>Edit agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="40" />
        <source>Nuevo gestor</source>
        <translation>New agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="42" />
        <source>p. ej. G-014</source>
        <translation>e.g. G-014</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="48" />
        <source>opcional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="55" />
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="56" />
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="57" />
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="59" />
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="60" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="73" />
        <source>El código debe tener de 1 a 40 letras, números, '.', '_' o '-', y empezar por una letra o un número.</source>
        <translation>The code must have 1 to 40 letters, digits, '.', '_' or '-', and start with a letter or a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="77" />
        <source>Escriba el nombre del gestor.</source>
        <translation>Type the agent's name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="80" />
        <source>El correo «%s» no es una dirección válida.</source>
        <translation>“%s” is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="113" />
        <source>El código %s ya lo tiene otro gestor. Elija otro.</source>
        <translation>Another agent already has the code %s. Choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="116" />
        <source>Este gestor ya no existe; cierre y vuelva a abrir la página.</source>
        <translation>This agent no longer exists; close and reopen the page.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="118" />
        <source>No se pudo guardar el gestor: %s</source>
        <translation>Could not save the agent: %s</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="32" />
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="32" />
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="32" />
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="32" />
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="63" />
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agents_model.py" line="63" />
        <source>Inactivo</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="77" />
        <source>Nuevo gestor</source>
        <translation>New agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="78" />
        <source>Editar</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="79" />
        <location filename="../../desktop/views/agents_page.py" line="184" />
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="80" />
        <location filename="../../desktop/views/agents_page.py" line="233" />
        <source>Vincular un dispositivo</source>
        <translation>Pair a device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="81" />
        <location filename="../../desktop/views/agents_page.py" line="248" />
        <source>Revocar</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="82" />
        <source>Dispositivos de todos los gestores</source>
        <translation>Devices of every agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="100" />
        <source>&lt;b&gt;Gestores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="105" />
        <source>&lt;b&gt;Dispositivos&lt;/b&gt;</source>
        <translation>&lt;b&gt;Devices&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="152" />
        <source>Error: %s</source>
        <translation>Error: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="184" />
        <source>Activar</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="231" />
        <source>Dispositivo vinculado a %s (%s).</source>
        <translation>Device paired to %s (%s).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="231" />
        <source>modelo desconocido</source>
        <translation>unknown model</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="245" />
        <source>&lt;p&gt;¿Revocar el dispositivo %s de %s?&lt;/p&gt;&lt;p&gt;Dejará de poder sincronizar; para volver a usarlo habrá que vincularlo de nuevo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Revoke device %s of %s?&lt;/p&gt;&lt;p&gt;It will no longer be able to sync; to use it again it must be paired again.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agents_page.py" line="258" />
        <source>Dispositivo revocado.</source>
        <translation>Device revoked.</translation>
    </message>
</context>
<context>
    <name>DemoRunner</name>
    <message>
        <location filename="../../desktop/demo.py" line="114" />
        <source>No se pudo preparar la demostración: %s</source>
        <translation>Could not prepare the demo: %s</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="36" />
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="36" />
        <source>Modelo</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="36" />
        <source>Sistema</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="36" />
        <source>Versión de la app</source>
        <translation>App version</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="37" />
        <source>Última conexión</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="37" />
        <source>Batería</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="37" />
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="86" />
        <source> (cargando)</source>
        <translation> (charging)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="88" />
        <source>Revocado</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="88" />
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="94" />
        <source>nunca</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="97" />
        <source>hace un momento</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="99" />
        <source>hace %d min</source>
        <translation>%d min ago</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="101" />
        <source>hace %d h</source>
        <translation>%d h ago</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="102" />
        <source>hace %d días</source>
        <translation>%d days ago</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="60" />
        <source>Importar cartera</source>
        <translation>Import portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="64" />
        <source>Ningún archivo elegido</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="65" />
        <source>Elegir archivo…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="67" />
        <location filename="../../desktop/views/import_dialog.py" line="197" />
        <source>Elija un archivo .csv o .xlsx con la cartera.</source>
        <translation>Choose a .csv or .xlsx file with the portfolio.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="74" />
        <source>Importar</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="76" />
        <location filename="../../desktop/views/import_dialog.py" line="200" />
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="85" />
        <source>Filas que no se importarán:</source>
        <translation>Rows that will not be imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="93" />
        <source>Elegir la cartera</source>
        <translation>Choose the portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="93" />
        <source>Cartera (*.csv *.xlsx);;Todos los archivos (*)</source>
        <translation>Portfolio (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="109" />
        <source>Revisando %s…</source>
        <translation>Checking %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="120" />
        <source>%d filas válidas para importar; %d filas con errores.</source>
        <translation>%d valid rows to import; %d rows with errors.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="122" />
        <source>Columnas ignoradas: %s</source>
        <translation>Ignored columns: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="134" />
        <source>No se puede importar este archivo: %s</source>
        <translation>This file cannot be imported: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="144" />
        <source>línea %d, columna %s: %s</source>
        <translation>line %d, column %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="158" />
        <source>Importando %d filas…</source>
        <translation>Importing %d rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="173" />
        <source>Importación terminada: %d creadas, %d actualizadas, %d movidas de gestor, %d sin cambios.</source>
        <translation>Import finished: %d created, %d updated, %d moved to another agent, %d unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="176" />
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_dialog.py" line="184" />
        <source>La importación falló y no se guardó nada: %s</source>
        <translation>The import failed and nothing was saved: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="21" />
        <source>Campo — supervisión de campo</source>
        <translation>Campo — field supervision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="66" />
        <source>Iniciando el servidor…</source>
        <translation>Starting the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="79" />
        <source>Servidor: %s</source>
        <translation>Server: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="83" />
        <source>El servidor no arrancó: %s</source>
        <translation>The server did not start: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="94" />
        <source>Descubrimiento en la red: activo</source>
        <translation>LAN discovery: on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="95" />
        <source>Descubrimiento en la red: apagado</source>
        <translation>LAN discovery: off</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="99" />
        <source>Dispositivos en línea: %d</source>
        <translation>Devices online: %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="101" />
        <source>Sin datos recibidos aún</source>
        <translation>No data received yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="103" />
        <source>Últimos datos: %s</source>
        <translation>Last data: %s</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../desktop/views/map_page.py" line="232" />
        <source>No se pudieron leer los datos del mapa: %s</source>
        <translation>Could not read the map's data: %s</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="54" />
        <source>Vincular un dispositivo</source>
        <translation>Pair a device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="79" />
        <source>Otro código</source>
        <translation>Another code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="82" />
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="86" />
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="90" />
        <source>En el teléfono, abra Campo y escanee este código QR, o escriba el código de vinculación.</source>
        <translation>On the phone, open Campo and scan this QR code, or type the pairing code.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="120" />
        <source>No hay gestores activos: agregue uno antes de vincular un dispositivo.</source>
        <translation>There are no active agents: add one before pairing a device.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="122" />
        <source>Creando el código…</source>
        <translation>Creating the code…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="140" />
        <source>Vence el %s (un solo uso).</source>
        <translation>Expires %s (single use).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="142" />
        <source>Direcciones del servidor:</source>
        <translation>Server addresses:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="144" />
        <source>El servidor todavía no está en marcha: el QR no lleva direcciones.</source>
        <translation>The server is not running yet: the QR code carries no addresses.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="145" />
        <source>Esperando al dispositivo…</source>
        <translation>Waiting for the device…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="151" />
        <source>El gestor está desactivado: actívelo antes de vincular un dispositivo.</source>
        <translation>The agent is deactivated: activate them before pairing a device.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="153" />
        <source>No se pudo crear el código: %s</source>
        <translation>Could not create the code: %s</translation>
    </message>
</context>
<context>
    <name>VisitDetails</name>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="50" />
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="50" />
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="50" />
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="51" />
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="51" />
        <source>Promesa</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="51" />
        <source>Geocerca</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="52" />
        <source>Alertas</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="52" />
        <source>Inicio / fin</source>
        <translation>Start / end</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="53" />
        <source>Posición tomada</source>
        <translation>Fix taken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="53" />
        <source>Recibida</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="54" />
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="54" />
        <source>Corrige la visita</source>
        <translation>Corrects visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="59" />
        <source>Pregunta</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="59" />
        <source>Respuesta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="66" />
        <source>Respuestas del cuestionario</source>
        <translation>Questionnaire answers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="73" />
        <source>Seleccione una visita</source>
        <translation>Select a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="89" />
        <source>Sin promesa</source>
        <translation>No promise</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="92" />
        <source>%s, a %s m de la cuenta</source>
        <translation>%s, %s m from the account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="95" />
        <source>Sin alertas</source>
        <translation>No flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="102" />
        <source>precisión %s m</source>
        <translation>accuracy %s m</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="103" />
        <source>, simulada</source>
        <translation>, mocked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="120" />
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visit_details.py" line="120" />
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <location filename="../../desktop/visit_labels.py" line="16" />
        <source>Sin contacto</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="17" />
        <source>Contacto con un tercero</source>
        <translation>Third-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="18" />
        <source>Contacto con el titular</source>
        <translation>Right-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="19" />
        <source>Promesa de pago</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="26" />
        <source>Dentro de la geocerca</source>
        <translation>Inside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="27" />
        <source>Fuera de la geocerca</source>
        <translation>Outside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="28" />
        <source>Geocerca incierta (precisión baja)</source>
        <translation>Geofence uncertain (low accuracy)</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="29" />
        <source>Cuenta sin ubicación</source>
        <translation>Account without location</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="36" />
        <source>Ubicación simulada</source>
        <translation>Mock location</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="37" />
        <source>Ubicación simulada: el dispositivo dijo que la posición era falsa</source>
        <translation>Mock location: the device said the position was fake</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="38" />
        <source>Precisión baja</source>
        <translation>Low accuracy</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="39" />
        <source>Precisión baja: el GPS reportó un margen mayor al límite de la sucursal</source>
        <translation>Low accuracy: the GPS reported a margin above the branch's limit</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="40" />
        <source>Fuera de geocerca</source>
        <translation>Outside geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="41" />
        <source>Fuera de la geocerca: la visita se registró lejos de la dirección de la cuenta</source>
        <translation>Outside the geofence: the visit was recorded away from the account's address</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="42" />
        <source>Geocerca discrepante</source>
        <translation>Geofence mismatch</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="43" />
        <source>Geocerca discrepante: el dispositivo dijo «dentro», el servidor calculó «fuera»</source>
        <translation>Geofence mismatch: the device said “inside”, the server computed “outside”</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="44" />
        <source>Ubicación vieja</source>
        <translation>Stale fix</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="45" />
        <source>Ubicación vieja: la posición se tomó más de 10 minutos antes o después de la visita</source>
        <translation>Stale fix: the position was taken more than 10 minutes before or after the visit</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="46" />
        <source>Velocidad imposible</source>
        <translation>Impossible speed</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="47" />
        <source>Velocidad imposible: desde la posición anterior habría viajado a más de 55 m/s (unos 200 km/h)</source>
        <translation>Impossible speed: from the previous position it would have travelled faster than 55 m/s (about 200 km/h)</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="48" />
        <source>Reloj desfasado</source>
        <translation>Clock skew</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="49" />
        <source>Reloj del dispositivo desfasado: difiere más de 10 minutos de la hora del servidor</source>
        <translation>Device clock skewed: it differs from the server's time by more than 10 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/visit_labels.py" line="79" />
        <source>%s, vence %s</source>
        <translation>%s, due %s</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="49" />
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="49" />
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="49" />
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="49" />
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="50" />
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="50" />
        <source>Promesa</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="50" />
        <source>Geocerca</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/models/visits_model.py" line="50" />
        <source>Alertas</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="103" />
        <location filename="../../desktop/views/visits_page.py" line="210" />
        <source>Todos los gestores</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="105" />
        <source>Todos los resultados</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="109" />
        <source>Toda geocerca</source>
        <translation>Any geofence verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="112" />
        <source>Solo con alertas</source>
        <translation>Flagged only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="113" />
        <source>Avisar cada visita</source>
        <translation>Notify each visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="123" />
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="123" />
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="130" />
        <location filename="../../desktop/views/visits_page.py" line="181" />
        <source>Cargando visitas…</source>
        <translation>Loading visits…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="204" />
        <source>No se pudieron leer las visitas: %s</source>
        <translation>Could not read the visits: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="218" />
        <source>%d de %d visitas</source>
        <translation>%d of %d visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="220" />
        <source> (solo las %d más recientes: acote las fechas para ver las demás)</source>
        <translation> (only the %d most recent: narrow the dates to see the rest)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="250" />
        <source>Visita de %s</source>
        <translation>Visit by %s</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/views/pages.py" line="14" />
        <source>Mapa</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="16" />
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="18" />
        <source>Gestores y dispositivos</source>
        <translation>Agents and devices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="19" />
        <source>Cartera</source>
        <translation>Portfolio</translation>
    </message>
</context>
</TS>