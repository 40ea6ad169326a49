<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/views/map_page.py" line="128"/>
        <source>Gestores</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="128"/>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="128"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="129"/>
        <source>Visitas de hoy</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="129"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="130"/>
        <source>En línea (&lt; 5 min)</source>
        <translation>Live (&lt; 5 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="130"/>
        <source>Quieto (&lt; 30 min)</source>
        <translation>Quiet (&lt; 30 min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="130"/>
        <source>Sin señal</source>
        <translation>Silent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="131"/>
        <source>Batería</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="131"/>
        <source>cargando</source>
        <translation>charging</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="131"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="132"/>
        <source>Promesa de pago</source>
        <translation>Promise to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="132"/>
        <source>Contacto con el titular</source>
        <translation>Right-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="133"/>
        <source>Contacto con un tercero</source>
        <translation>Third-party contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="133"/>
        <source>Sin contacto</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="134"/>
        <source>Dentro de la geocerca</source>
        <translation>Inside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="134"/>
        <location filename="../../desktop/views/map_page.py" line="137"/>
        <location filename="../../desktop/views/map_page.py" line="138"/>
        <source>Fuera de la geocerca</source>
        <translation>Outside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="135"/>
        <source>Geocerca incierta (precisión baja)</source>
        <translation>Geofence uncertain (low accuracy)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="136"/>
        <source>Sin ubicación</source>
        <translation>No location</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="139"/>
        <source>El teléfono la dio por dentro</source>
        <translation>The phone said inside</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="140"/>
        <source>Ubicación simulada</source>
        <translation>Mock location</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="140"/>
        <source>Precisión baja</source>
        <translation>Low accuracy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="141"/>
        <source>Ubicación vieja</source>
        <translation>Stale fix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="141"/>
        <source>Velocidad imposible</source>
        <translation>Impossible speed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="142"/>
        <source>Reloj del teléfono desfasado</source>
        <translation>Phone clock skewed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="143"/>
        <source>Mosaicos no disponibles</source>
        <translation>Map tiles unavailable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="143"/>
        <source>Recorridos de hoy</source>
        <translation>Today&apos;s routes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="144"/>
        <source>Color de las cuentas:</source>
        <translation>Colour accounts:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="144"/>
        <source>por segmento</source>
        <translation>by segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="145"/>
        <source>visitadas hoy o no</source>
        <translation>visited today or not</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="145"/>
        <source>Visitada hoy</source>
        <translation>Visited today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="146"/>
        <source>Sin visita hoy</source>
        <translation>Not visited today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="146"/>
        <source>Otros segmentos</source>
        <translation>Other segments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="147"/>
        <source>Sin segmento</source>
        <translation>No segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="149"/>
        <source>© colaboradores de OpenStreetMap</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
</context>
<context>
    <name>AccountsAssignment</name>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="34"/>
        <source>Asignar a…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="44"/>
        <source>Autobalancear…</source>
        <translation>Auto-balance…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="46"/>
        <source>Historial de asignación…</source>
        <translation>Assignment history…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="47"/>
        <source>Qué gestores tuvieron la cuenta seleccionada, desde y hasta cuándo</source>
        <translation>Which agents held the selected account, from when until when</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="70"/>
        <source>Las %s cuentas seleccionadas…</source>
        <translation>The %s selected accounts…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="72"/>
        <source>Todas las cuentas mostradas (%s)…</source>
        <translation>All accounts shown (%s)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="74"/>
        <source>Dar las cuentas seleccionadas, o todas las mostradas, a un gestor</source>
        <translation>Give the selected accounts, or all those shown, to an agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="77"/>
        <source>Repartir las cuentas mostradas entre gestores en zonas de carga pareja</source>
        <translation>Split the accounts shown among agents in areas of even workload</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="91"/>
        <source>%s cuentas, saldo total %s, hoy con %d gestores distintos (o sin gestor).</source>
        <translation>%s accounts, total balance %s, held today by %d different agents (or none).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="104"/>
        <source>Se reparten las %s cuentas mostradas (con ubicación).</source>
        <translation>The %s accounts shown (with a location) are split.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="105"/>
        <source>Se reparte toda la cartera activa (saldo mayor que cero, con ubicación).</source>
        <translation>The whole active portfolio (balance above zero, with a location) is split.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_assign.py" line="125"/>
        <source>%s cuentas cambiaron de gestor; %s ya lo tenían.</source>
        <translation>%s accounts changed agent; %s already had that agent.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="53"/>
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="53"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="53"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="53"/>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="54"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="54"/>
        <source>Días de mora</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="54"/>
        <source>Teléfonos</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="54"/>
        <source>Producto</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="55"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="55"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="55"/>
        <source>Recordatorios</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="104"/>
        <source>correo</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="104"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="105"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="112"/>
        <source>Correo: %s</source>
        <translation>E-mail: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="114"/>
        <source>Monto original: %s</source>
        <translation>Original amount: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="117"/>
        <source>Vencimientos: %s</source>
        <translation>Due dates: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/accounts_model.py" line="119"/>
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
        <location filename="../../desktop/views/accounts_page.py" line="66"/>
        <source>Buscar por referencia, deudor, documento, dirección, teléfono, producto o gestor</source>
        <translation>Search by reference, debtor, document, address, phone, product or agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="70"/>
        <source>Importar…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="72"/>
        <source>Nuevo convenio…</source>
        <translation>New agreement…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="73"/>
        <source>Un convenio de pago para la cuenta seleccionada</source>
        <translation>A payment agreement for the selected account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="77"/>
        <source>Recordatorios…</source>
        <translation>Reminders…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="78"/>
        <source>Los canales por los que el deudor no quiere recordatorios</source>
        <translation>The channels on which the debtor wants no reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="88"/>
        <source>Mostrar toda la cartera</source>
        <translation>Show the whole portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="171"/>
        <source>No se pudo leer la cartera: %s</source>
        <translation>Could not read the portfolio: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="178"/>
        <source>Solo las %d cuentas elegidas en Estrategia</source>
        <translation>Only the %d accounts chosen in Strategy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="188"/>
        <source>%d cuentas</source>
        <translation>%d accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="190"/>
        <source>%d de %d cuentas</source>
        <translation>%d of %d accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/accounts_page.py" line="227"/>
        <source>Recordatorios de %s guardados</source>
        <translation>Reminders of %s saved</translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="42"/>
        <source>Editar gestor</source>
        <translation>Edit agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="42"/>
        <source>Nuevo gestor</source>
        <translation>New agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="44"/>
        <source>p. ej. G-014</source>
        <translation>e.g. G-014</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="50"/>
        <source>opcional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="54"/>
        <source>latitud, longitud (opcional), p. ej. 4.65, -74.08</source>
        <translation>latitude, longitude (optional), e.g. 4.65, -74.08</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="55"/>
        <source>Donde empieza la ruta del día. Sin él, la ruta empieza en el centro de las cuentas del gestor.</source>
        <translation>Where the day&apos;s route starts. Without one, the route starts at the centre of the agent&apos;s accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="63"/>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="64"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="65"/>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="66"/>
        <source>Punto de partida</source>
        <translation>Start point</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="68"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="69"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="82"/>
        <source>El código debe tener de 1 a 40 letras, números, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empezar por una letra o un número.</source>
        <translation>The code must have 1 to 40 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and start with a letter or a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="86"/>
        <source>Escriba el nombre del gestor.</source>
        <translation>Type the agent&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="89"/>
        <source>El correo «%s» no es una dirección válida.</source>
        <translation>“%s” is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="93"/>
        <source>El punto de partida «%s» debe ser latitud, longitud (p. ej. 4.65, -74.08), con latitud entre -90 y 90 y longitud entre -180 y 180.</source>
        <translation>The start point “%s” must be latitude, longitude (e.g. 4.65, -74.08), with latitude between -90 and 90 and longitude between -180 and 180.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="145"/>
        <source>El código %s ya lo tiene otro gestor. Elija otro.</source>
        <translation>Another agent already has the code %s. Choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="148"/>
        <source>Este gestor ya no existe; cierre y vuelva a abrir la página.</source>
        <translation>This agent no longer exists; close and reopen the page.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agent_dialog.py" line="152"/>
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
    <name>AgreementCancelDialog</name>
    <message>
        <location filename="../../desktop/views/agreement_cancel_dialog.py" line="26"/>
        <location filename="../../desktop/views/agreement_cancel_dialog.py" line="40"/>
        <source>Anular convenio</source>
        <translation>Cancel agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_cancel_dialog.py" line="28"/>
        <source>El convenio N.º %d de %s (%s) quedará anulado: deja de estar vigente, no genera alertas ni recordatorios y se puede hacer otro para la cuenta. Lo pagado hasta hoy queda a la vista. Escriba el motivo (queda en la auditoría).</source>
        <translation>Agreement no. %d of %s (%s) will be cancelled: it is no longer in force, raises no alerts or reminders, and the account can get another one. What was paid until today stays visible. Type the reason (it is kept in the audit log).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_cancel_dialog.py" line="35"/>
        <source>Motivo de la anulación</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_cancel_dialog.py" line="41"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_cancel_dialog.py" line="54"/>
        <source>El motivo admite a lo sumo %d caracteres.</source>
        <translation>The reason takes at most %d characters.</translation>
    </message>
</context>
<context>
    <name>AgreementDetails</name>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="35"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="35"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="35"/>
        <source>Firmado</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="36"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="36"/>
        <source>Interés o descuento</source>
        <translation>Interest or discount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="37"/>
        <source>Penalidad</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="37"/>
        <source>Total a pagar</source>
        <translation>Total to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="37"/>
        <source>Pagado</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="38"/>
        <source>Saldo</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="38"/>
        <source>Firma del deudor</source>
        <translation>Debtor&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="39"/>
        <source>Anulación</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="45"/>
        <source>Plan de pagos y lo pagado</source>
        <translation>Payment schedule and what was paid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="47"/>
        <source>Pagos aplicados</source>
        <translation>Payments applied</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="54"/>
        <source>Seleccione un convenio</source>
        <translation>Select an agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="65"/>
        <source>Convenio N.º %d · %s</source>
        <translation>Agreement no. %d · %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="69"/>
        <source>%s desde el %s</source>
        <translation>%s since %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="70"/>
        <source>%s (al %s)</source>
        <translation>%s (as of %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="72"/>
        <source>Total %s, cuota inicial %s, %d cuotas · %s, desde el %s</source>
        <translation>Total %s, down payment %s, %d instalments · %s, from %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="76"/>
        <source>Interés %s %% (%s)</source>
        <translation>Interest %s %% (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="78"/>
        <source>Descuento %s %% (%s)</source>
        <translation>Discount %s %% (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="80"/>
        <source>Ninguno</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="84"/>
        <source>%s tras %d días de gracia</source>
        <translation>%s after %d days of grace</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="86"/>
        <source>%s %% de la cuota tras %d días de gracia</source>
        <translation>%s %% of the instalment after %d days of grace</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="92"/>
        <source>%s (penalidades %s)</source>
        <translation>%s (penalties %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="94"/>
        <source>Capturada en la visita</source>
        <translation>Captured at the visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="95"/>
        <source>Sin firma capturada: se firma en papel</source>
        <translation>No signature captured: it is signed on paper</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_details.py" line="97"/>
        <source>%s por %s: %s</source>
        <translation>%s by %s: %s</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="65"/>
        <source>Nuevo convenio de pago</source>
        <translation>New payment agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="73"/>
        <source>Leyendo la cuenta…</source>
        <translation>Reading the account…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="91"/>
        <source>Ni interés ni descuento</source>
        <translation>Neither interest nor discount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="91"/>
        <source>Interés simple (%)</source>
        <translation>Simple interest (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="92"/>
        <source>Descuento (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="102"/>
        <source> días de gracia</source>
        <translation> days of grace</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="105"/>
        <source>Monto total de la deuda</source>
        <translation>Total amount of the debt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="106"/>
        <source>Cuota inicial</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="107"/>
        <source>Número de cuotas</source>
        <translation>Number of instalments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="108"/>
        <source>Frecuencia</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="109"/>
        <source>Fecha de inicio</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="114"/>
        <source>Interés o descuento</source>
        <translation>Interest or discount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="119"/>
        <source>tras</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="121"/>
        <source>Penalidad por atraso</source>
        <translation>Late penalty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="135"/>
        <source>Crear convenio</source>
        <translation>Create agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="137"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="143"/>
        <source>Plan de pagos (vista previa)</source>
        <translation>Payment schedule (preview)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="165"/>
        <source>La cuenta ya no existe.</source>
        <translation>The account no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="168"/>
        <source>%s · cuenta %s · saldo %s</source>
        <translation>%s · account %s · balance %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="172"/>
        <source>Desde la visita con promesa de %s para el %s</source>
        <translation>From the visit with a promise of %s for %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="185"/>
        <source>No se pudo completar: %s</source>
        <translation>Could not finish: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="220"/>
        <source>Financiado %s</source>
        <translation>Financed %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="222"/>
        <source>intereses %s</source>
        <translation>interest %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="224"/>
        <source>descuento %s</source>
        <translation>discount %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="225"/>
        <source>total a pagar %s</source>
        <translation>total to pay %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="226"/>
        <source>última cuota el %s</source>
        <translation>last instalment on %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="229"/>
        <source>Esta cuenta ya tiene el convenio N.º %d vigente: no se puede hacer otro hasta que se pague o se rompa.</source>
        <translation>This account already has agreement no. %d in force: another one cannot be made until it is paid off or broken.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_dialog.py" line="251"/>
        <source>No se pudo crear el convenio: %s</source>
        <translation>Could not create the agreement: %s</translation>
    </message>
</context>
<context>
    <name>AgreementLabels</name>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="12"/>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="12"/>
        <source>Cumplida</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="12"/>
        <source>Cumplida en parte</source>
        <translation>Partly kept</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="13"/>
        <source>Incumplida</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="18"/>
        <source>Al día</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="18"/>
        <source>Atrasado</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="18"/>
        <source>Roto</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="18"/>
        <source>Pagado</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="19"/>
        <source>Anulado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="24"/>
        <source>Semanal</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="24"/>
        <source>Quincenal (cada 14 días)</source>
        <translation>Fortnightly (every 14 days)</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="25"/>
        <source>Mensual (mismo día de cada mes)</source>
        <translation>Monthly (same day each month)</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="30"/>
        <source>Sin penalidad</source>
        <translation>No penalty</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="30"/>
        <source>Monto fijo por cuota</source>
        <translation>Fixed amount per instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="30"/>
        <source>Porcentaje de la cuota</source>
        <translation>Percentage of the instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="35"/>
        <source>Monto total</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="35"/>
        <source>Cuota inicial</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="35"/>
        <source>Número de cuotas</source>
        <translation>Number of instalments</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="36"/>
        <source>Frecuencia</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="36"/>
        <source>Fecha de inicio</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="36"/>
        <source>Interés</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="37"/>
        <source>Descuento</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="37"/>
        <source>Penalidad</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="37"/>
        <source>Valor de la penalidad</source>
        <translation>Penalty value</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="38"/>
        <source>Días de gracia</source>
        <translation>Grace days</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="38"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="38"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="39"/>
        <source>Plantilla del texto</source>
        <translation>Text template</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="39"/>
        <source>Cuotas incumplidas</source>
        <translation>Missed instalments</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="40"/>
        <source>Días de atraso</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="40"/>
        <source>Empresa</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="40"/>
        <source>NIT / RUC</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="41"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="41"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="42"/>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="43"/>
        <source>Convenio</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="49"/>
        <source>está vacío</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="50"/>
        <source>no es un número (escriba, por ejemplo, 1.250.000,50)</source>
        <translation>is not a number (write, for example, 1,250,000.50)</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="51"/>
        <source>no puede ser negativo</source>
        <translation>cannot be negative</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="52"/>
        <source>admite a lo sumo 2 decimales</source>
        <translation>takes at most 2 decimals</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="53"/>
        <source>es demasiado grande</source>
        <translation>is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="54"/>
        <source>debe ser mayor que 0</source>
        <translation>must be more than 0</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="55"/>
        <source>debe ser menor que el monto total</source>
        <translation>must be less than the total amount</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="56"/>
        <source>está fuera del rango permitido</source>
        <translation>is out of the allowed range</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="57"/>
        <source>no es una opción válida</source>
        <translation>is not a valid choice</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="58"/>
        <source>no puede superar el 100 %</source>
        <translation>cannot be more than 100 %</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="59"/>
        <source>debe ser menor que el 100 %</source>
        <translation>must be less than 100 %</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="60"/>
        <source>no se puede combinar con interés: elija uno de los dos</source>
        <translation>cannot be combined with interest: choose one of the two</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="61"/>
        <source>no puede ser anterior a hoy</source>
        <translation>cannot be before today</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="62"/>
        <source>es demasiado alto: cada cuota quedaría en menos de un centavo</source>
        <translation>is too high: each instalment would be less than a cent</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="63"/>
        <source>no es de esta cuenta</source>
        <translation>is not of this account</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="64"/>
        <source>ya tiene un convenio vigente (al día o atrasado)</source>
        <translation>already has an agreement in force (current or late)</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="65"/>
        <source>es demasiado largo</source>
        <translation>is too long</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="66"/>
        <source>ya está anulado</source>
        <translation>is already cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="67"/>
        <source>ya está pagado: no se anula</source>
        <translation>is paid in full: it cannot be cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_labels.py" line="68"/>
        <source>tiene campos desconocidos</source>
        <translation>has unknown fields</translation>
    </message>
</context>
<context>
    <name>AgreementPdf</name>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="58"/>
        <source>NIT</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="59"/>
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="60"/>
        <source>Convenio N.º</source>
        <translation>Agreement no.</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="61"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="62"/>
        <source>Inicial</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="63"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="64"/>
        <source>En constancia se firma el %s.</source>
        <translation>In witness whereof it is signed on %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="65"/>
        <source>El deudor</source>
        <translation>The debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="66"/>
        <source>Documento de identidad</source>
        <translation>ID document</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="67"/>
        <source>Por la empresa</source>
        <translation>For the company</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="68"/>
        <source>Nombre y cargo</source>
        <translation>Name and position</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="69"/>
        <source>CONVENIO DE PAGO</source>
        <translation>PAYMENT AGREEMENT</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="70"/>
        <source>Datos del deudor</source>
        <translation>Debtor&apos;s details</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="71"/>
        <source>Condiciones</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="72"/>
        <source>Plan de pagos</source>
        <translation>Payment schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="73"/>
        <source>Cuota</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="74"/>
        <source>Vencimiento</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="75"/>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="76"/>
        <source>Recibido (firma y fecha)</source>
        <translation>Received (signature and date)</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="77"/>
        <source>Términos</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="78"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="79"/>
        <source>Obligación</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="80"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="81"/>
        <source>Monto total de la deuda</source>
        <translation>Total amount of the debt</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="82"/>
        <source>Cuota inicial</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="83"/>
        <source>Interés simple (%s %%)</source>
        <translation>Simple interest (%s %%)</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="84"/>
        <source>Descuento (%s %%)</source>
        <translation>Discount (%s %%)</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="85"/>
        <source>Total a pagar</source>
        <translation>Total to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="86"/>
        <source>Cuotas</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="87"/>
        <source>Penalidad por atraso</source>
        <translation>Late penalty</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="88"/>
        <source>%s por cuota pagada después de %d días de gracia</source>
        <translation>%s per instalment paid after %d days of grace</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="89"/>
        <source>%s %% de la cuota pagada después de %d días de gracia</source>
        <translation>%s %% of the instalment paid after %d days of grace</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="90"/>
        <source>ANULADO el %s. Motivo: %s</source>
        <translation>CANCELLED on %s. Reason: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="194"/>
        <source>Convenio de pago N.º %d</source>
        <translation>Payment agreement no. %d</translation>
    </message>
    <message>
        <location filename="../../desktop/agreement_pdf.py" line="222"/>
        <source>Convenio de pago N.º %d · página %d de %d</source>
        <translation>Payment agreement no. %d · page %d of %d</translation>
    </message>
</context>
<context>
    <name>AgreementSettingsDialog</name>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="45"/>
        <source>Convenios: plantilla y datos de la empresa</source>
        <translation>Agreements: template and company data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="52"/>
        <source> cuotas incumplidas</source>
        <translation> missed instalments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="54"/>
        <source> días de atraso</source>
        <translation> days late</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="56"/>
        <source>Campos que se llenan con los datos del convenio: %s. Para escribir una llave, dóblela: {{ o }}.</source>
        <translation>Fields filled in with the agreement&apos;s data: %s. To write a brace, double it: {{ or }}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="63"/>
        <source>Empresa</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="64"/>
        <source>NIT / RUC</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="65"/>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="66"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="67"/>
        <source>Se rompe con</source>
        <translation>Breaks with</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="68"/>
        <source>o con una cuota de</source>
        <translation>or with an instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="71"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="72"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="74"/>
        <source>Texto de ejemplo</source>
        <translation>Sample text</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreement_settings_dialog.py" line="80"/>
        <source>Texto del convenio (los convenios ya hechos conservan el suyo)</source>
        <translation>Agreement text (agreements already made keep theirs)</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="34"/>
        <source>N.º</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="34"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="34"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="34"/>
        <source>Firmado</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="35"/>
        <source>Total a pagar</source>
        <translation>Total to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="35"/>
        <source>Pagado</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="35"/>
        <source>Saldo</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="35"/>
        <source>Próximo vencimiento</source>
        <translation>Next due</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="36"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="57"/>
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="61"/>
        <source>Recalcular</source>
        <translation>Recompute</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="62"/>
        <source>Aplicar de nuevo los pagos y guardar el estado de cada convenio</source>
        <translation>Apply the payments again and store every agreement&apos;s status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="65"/>
        <source>Plantilla y datos de la empresa…</source>
        <translation>Template and company data…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="67"/>
        <source>Imprimir convenio…</source>
        <translation>Print agreement…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="70"/>
        <source>Anular convenio…</source>
        <translation>Cancel agreement…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="85"/>
        <source>Cargando convenios…</source>
        <translation>Loading agreements…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="92"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="127"/>
        <source>%d convenios</source>
        <translation>%d agreements</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="147"/>
        <source>No se pudo completar: %s</source>
        <translation>Could not finish: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="174"/>
        <source>%d convenios recalculados</source>
        <translation>%d agreements recomputed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="183"/>
        <source>Anular el convenio mostrado, con su motivo</source>
        <translation>Cancel the agreement shown, with its reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="211"/>
        <source>convenio-%d</source>
        <translation>agreement-%d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="212"/>
        <source>Imprimir convenio</source>
        <translation>Print agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="212"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="233"/>
        <source>No se pudo guardar el PDF: %s</source>
        <translation>Could not save the PDF: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/agreements_page.py" line="143"/>
        <source>Convenio guardado en %s</source>
        <translation>Agreement saved to %s</translation>
    </message>
</context>
<context>
    <name>AlertLabels</name>
    <message>
        <location filename="../../desktop/alert_labels.py" line="21"/>
        <source>Dispositivo sin señal</source>
        <translation>Silent device</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="22"/>
        <source>Batería baja</source>
        <translation>Low battery</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="23"/>
        <source>Visita fuera de la zona</source>
        <translation>Visit outside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="24"/>
        <source>Ubicación simulada</source>
        <translation>Mock location</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="25"/>
        <source>Promesa incumplida</source>
        <translation>Broken promise</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="26"/>
        <source>Cuota vencida</source>
        <translation>Overdue instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="27"/>
        <source>Convenio incumplido</source>
        <translation>Broken agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="33"/>
        <source>sin gestor</source>
        <translation>no agent</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="39"/>
        <source>Dispositivo %s de %s</source>
        <translation>Device %s of %s</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="42"/>
        <source>Visita de %s a %s</source>
        <translation>Visit of %s to %s</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="44"/>
        <source>Convenio %s de %s</source>
        <translation>Agreement %s of %s</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="45"/>
        <source>Cuenta %s de %s</source>
        <translation>Account %s of %s</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="62"/>
        <source>Sin comunicarse hace más de %s minutos</source>
        <translation>Not heard from for more than %s minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="64"/>
        <source>%s %% de batería</source>
        <translation>%s %% battery</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="67"/>
        <source>a %d m de la cuenta</source>
        <translation>%d m from the account</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="69"/>
        <source>Prometió %s para el %s</source>
        <translation>Promised %s for %s</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="71"/>
        <source>Cuota %s vencida el %s; debe %s</source>
        <translation>Instalment %s due %s; %s owed</translation>
    </message>
    <message>
        <location filename="../../desktop/alert_labels.py" line="74"/>
        <source>Debe %s</source>
        <translation>%s owed</translation>
    </message>
</context>
<context>
    <name>AlertSettingsDialog</name>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="38"/>
        <source>Umbrales de las alertas</source>
        <translation>Alert thresholds</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="42"/>
        <source> minutos</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="48"/>
        <source>lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="48"/>
        <source>mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="48"/>
        <source>mié</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="48"/>
        <source>jue</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="48"/>
        <source>vie</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="48"/>
        <source>sáb</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="49"/>
        <source>dom</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="62"/>
        <source>Dispositivo sin señal tras</source>
        <translation>Device silent after</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="63"/>
        <source>Jornada desde</source>
        <translation>Working day from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="64"/>
        <source>hasta</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="65"/>
        <source>Días de trabajo</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="66"/>
        <source>Batería baja por debajo de</source>
        <translation>Low battery below</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="69"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="70"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="75"/>
        <source>También por correo (si las notificaciones por correo están activas):</source>
        <translation>Also by e-mail (when e-mail notifications are on):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="114"/>
        <source>La jornada debe terminar después de empezar.</source>
        <translation>The working day must end after it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alert_settings_dialog.py" line="115"/>
        <source>Elija al menos un día de trabajo.</source>
        <translation>Choose at least one working day.</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../../desktop/models/alerts_model.py" line="26"/>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/models/alerts_model.py" line="26"/>
        <source>Sobre</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/models/alerts_model.py" line="26"/>
        <source>Desde</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desktop/models/alerts_model.py" line="26"/>
        <source>Detalle</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../desktop/views/alerts_page.py" line="54"/>
        <source>Marcar como vistas</source>
        <translation>Mark as seen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alerts_page.py" line="56"/>
        <source>Umbrales…</source>
        <translation>Thresholds…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alerts_page.py" line="58"/>
        <source>Cargando alertas…</source>
        <translation>Loading alerts…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alerts_page.py" line="60"/>
        <source>Alertas abiertas: sin marcar como vistas ni resueltas solas. Doble clic para ir a lo que señalan.</source>
        <translation>Open alerts: neither marked as seen nor resolved by themselves. Double-click to go to what they point at.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alerts_page.py" line="110"/>
        <source>No se pudieron leer las alertas: %s</source>
        <translation>Could not read the alerts: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alerts_page.py" line="114"/>
        <source>%d alertas abiertas</source>
        <translation>%d open alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alerts_page.py" line="114"/>
        <source>1 alerta abierta</source>
        <translation>1 open alert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alerts_page.py" line="138"/>
        <source>No se pudieron marcar: %s</source>
        <translation>Could not mark them: %s</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desktop/views/assign_dialog.py" line="45"/>
        <source>Asignar cuentas</source>
        <translation>Assign accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assign_dialog.py" line="52"/>
        <source>Cargando gestores…</source>
        <translation>Loading agents…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assign_dialog.py" line="54"/>
        <source>Los teléfonos lo sabrán en su próxima sincronización: el gestor anterior deja de ver estas cuentas y el nuevo las recibe. Queda en el historial de asignación y en la auditoría.</source>
        <translation>Phones learn it on their next sync: the previous agent stops seeing these accounts and the new one receives them. It is kept in the assignment history and the audit log.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assign_dialog.py" line="62"/>
        <source>Asignar</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assign_dialog.py" line="64"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assign_dialog.py" line="68"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assign_dialog.py" line="82"/>
        <source>Sin gestor (quitar la asignación)</source>
        <translation>No agent (unassign)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assign_dialog.py" line="86"/>
        <source>No hay cuentas que asignar.</source>
        <translation>There are no accounts to assign.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assign_dialog.py" line="100"/>
        <source>Asignando %s cuentas…</source>
        <translation>Assigning %s accounts…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/assign_dialog.py" line="112"/>
        <source>No se pudo asignar: %s</source>
        <translation>Could not assign: %s</translation>
    </message>
</context>
<context>
    <name>AssignmentHistoryDialog</name>
    <message>
        <location filename="../../desktop/views/history_dialog.py" line="33"/>
        <source>Historial de asignación</source>
        <translation>Assignment history</translation>
    </message>
    <message>
        <location filename="../../desktop/views/history_dialog.py" line="35"/>
        <source>Leyendo el historial…</source>
        <translation>Reading the history…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/history_dialog.py" line="46"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/history_dialog.py" line="65"/>
        <source>%s · %s: %d asignaciones, la más reciente primero.</source>
        <translation>%s · %s: %d assignments, most recent first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/history_dialog.py" line="68"/>
        <source>%s · %s: nunca tuvo gestor.</source>
        <translation>%s · %s: never had an agent.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/history_dialog.py" line="73"/>
        <source>No se pudo leer el historial: %s</source>
        <translation>Could not read the history: %s</translation>
    </message>
</context>
<context>
    <name>AssignmentHistoryModel</name>
    <message>
        <location filename="../../desktop/models/assignment_history_model.py" line="22"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/assignment_history_model.py" line="22"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/models/assignment_history_model.py" line="22"/>
        <source>Hasta</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop/models/assignment_history_model.py" line="45"/>
        <source>hoy (la tiene)</source>
        <translation>today (still holds it)</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="51"/>
        <source>Auditoría</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="57"/>
        <source>Todos</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="59"/>
        <source>Todas</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="62"/>
        <source>Exportar CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="76"/>
        <source>Leyendo…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="80"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="80"/>
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="81"/>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="81"/>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="149"/>
        <source>Se muestran los %d registros más recientes; acote las fechas para ver los demás (la exportación los incluye todos).</source>
        <translation>Showing the %d most recent entries; narrow the dates to see the others (the export includes them all).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="152"/>
        <source>%d registros</source>
        <translation>%d entries</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="156"/>
        <source>No se pudo leer la auditoría: %s</source>
        <translation>Could not read the audit log: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="160"/>
        <source>Exportar la auditoría</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="161"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="176"/>
        <source>%d registros exportados a %s</source>
        <translation>%d entries exported to %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/audit_dialog.py" line="181"/>
        <source>No se pudo exportar: %s</source>
        <translation>Could not export: %s</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="32"/>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="32"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="59"/>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="59"/>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="59"/>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="59"/>
        <source>Sobre</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="60"/>
        <source>Origen</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/models/audit_model.py" line="60"/>
        <source>Detalles</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BalanceDialog</name>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="49"/>
        <source>Autobalancear la cartera</source>
        <translation>Auto-balance the portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="58"/>
        <location filename="../../desktop/views/balance_dialog.py" line="63"/>
        <source>sin tope</source>
        <translation>no cap</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="59"/>
        <source> cuentas</source>
        <translation> accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="64"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="67"/>
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="70"/>
        <source>Gestores</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="71"/>
        <source>Tope por gestor</source>
        <translation>Cap per agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="72"/>
        <source>Tope de minutos esperados por gestor</source>
        <translation>Cap of expected minutes per agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="82"/>
        <source>Elija los gestores y los topes, y pulse «Vista previa»: nada se guarda hasta «Asignar».</source>
        <translation>Choose the agents and the caps, and press “Preview”: nothing is saved until “Assign”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="89"/>
        <source>Asignar</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="91"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="120"/>
        <source>No hay gestores activos entre quienes repartir.</source>
        <translation>There are no active agents to split among.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="140"/>
        <source>Cambió la elección: pulse «Vista previa» otra vez.</source>
        <translation>The choice changed: press “Preview” again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="146"/>
        <source>Marque al menos un gestor.</source>
        <translation>Tick at least one agent.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="152"/>
        <source>Calculando territorios…</source>
        <translation>Computing territories…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="172"/>
        <source>%s cuentas entre %d gestores: de %s a %s cuentas y de %s a %s minutos cada uno; dispersión de la carga %s %%.</source>
        <translation>%s accounts among %d agents: %s to %s accounts and %s to %s minutes each; workload spread %s %%.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="177"/>
        <source>%s cuentas cambiarían de gestor.</source>
        <translation>%s accounts would change agent.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="179"/>
        <source>%s cuentas no caben en los topes: quedarían sin gestor.</source>
        <translation>%s accounts do not fit within the caps: they would be left without an agent.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="182"/>
        <source>%s cuentas sin ubicación quedan como están.</source>
        <translation>%s accounts without a location stay as they are.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="184"/>
        <source>Minutos esperados: el costo de cobro de la corrida #%d.</source>
        <translation>Expected minutes: the cost to collect of run #%d.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="186"/>
        <source>Minutos esperados: los minutos de servicio de la sucursal (aún no hay corrida de estrategia).</source>
        <translation>Expected minutes: the branch’s service minutes (there is no strategy run yet).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="196"/>
        <source>Asignando…</source>
        <translation>Assigning…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/balance_dialog.py" line="208"/>
        <source>No se pudo completar: %s</source>
        <translation>Could not finish: %s</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <location filename="../../desktop/models/balance_model.py" line="21"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/balance_model.py" line="21"/>
        <source>Cuentas ahora</source>
        <translation>Accounts now</translation>
    </message>
    <message>
        <location filename="../../desktop/models/balance_model.py" line="21"/>
        <source>Cuentas después</source>
        <translation>Accounts after</translation>
    </message>
    <message>
        <location filename="../../desktop/models/balance_model.py" line="21"/>
        <source>Minutos</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/balance_model.py" line="22"/>
        <source>Meta (min)</source>
        <translation>Target (min)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/balance_model.py" line="22"/>
        <source>Frente a la meta</source>
        <translation>Against the target</translation>
    </message>
</context>
<context>
    <name>BucketsEditor</name>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="45"/>
        <source>Tramo</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="45"/>
        <source>Desde (días)</source>
        <translation>From (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="45"/>
        <source>Hasta (días)</source>
        <translation>To (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="46"/>
        <source>Probabilidad previa</source>
        <translation>Prior probability</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="55"/>
        <source>Añadir tramo</source>
        <translation>Add bucket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="56"/>
        <source>Parte en dos el tramo seleccionado (o el último)</source>
        <translation>Splits the selected bucket (or the last one) in two</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="58"/>
        <source>Quitar tramo</source>
        <translation>Remove bucket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="61"/>
        <source>La probabilidad previa es la que se usa mientras el historial de la sucursal es escaso; con algo de historial se combina con lo observado en el tramo. Los cambios cuentan desde la próxima corrida.</source>
        <translation>The prior probability is used while the branch’s history is thin; with some history it is blended with what the bucket shows. Changes count from the next run.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="69"/>
        <source>Guardar como reglas de la sucursal</source>
        <translation>Save as the branch’s rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="70"/>
        <source>La corrida nocturna y «Recalcular» usarán estos tramos</source>
        <translation>The nightly run and “Recalculate” will use these buckets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_buckets.py" line="127"/>
        <source>sin límite</source>
        <translation>no limit</translation>
    </message>
</context>
<context>
    <name>CellAccounts</name>
    <message>
        <location filename="../../desktop/views/strategy_accounts.py" line="65"/>
        <source>Haga clic en una celda de la matriz para ver sus cuentas.</source>
        <translation>Click a cell of the matrix to see its accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_accounts.py" line="71"/>
        <source>Ver en Cartera</source>
        <translation>Show in Portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_accounts.py" line="72"/>
        <source>Abrir la Cartera mostrando solo estas cuentas</source>
        <translation>Open the Portfolio showing only these accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_accounts.py" line="75"/>
        <source>Asignar a…</source>
        <translation>Assign to…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_accounts.py" line="90"/>
        <source>%s: %s cuentas</source>
        <translation>%s: %s accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_accounts.py" line="92"/>
        <source>Seleccione una cuenta para ver por qué tiene esa probabilidad; «sube» o «baja» dice hacia dónde empuja cada factor la probabilidad frente a una cuenta promedio.</source>
        <translation>Select an account to see why it has that probability; “raises” or “lowers” says which way each factor pushes the probability compared with an average account.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_accounts.py" line="108"/>
        <source>%s · %s: probabilidad de pago %s. Lo que más pesa: %s.</source>
        <translation>%s · %s: payment probability %s. What weighs most: %s.</translation>
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
    <name>DashboardExports</name>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="48"/>
        <source>Imprimir informe…</source>
        <translation>Print report…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="49"/>
        <source>Informe PDF del periodo y los filtros elegidos</source>
        <translation>PDF report of the chosen period and filters</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="51"/>
        <source>Exportar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="52"/>
        <source>Una tabla de indicadores en Excel o CSV</source>
        <translation>An indicator table as Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="64"/>
        <source>Indicadores por gestor</source>
        <translation>Indicators by agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="64"/>
        <source>Indicadores por segmento</source>
        <translation>Indicators by segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="65"/>
        <source>Indicadores por día</source>
        <translation>Indicators by day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="65"/>
        <source>Productividad por gestor</source>
        <translation>Productivity by agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="78"/>
        <source>PDF, tamaño A4 (*.pdf)</source>
        <translation>PDF, A4 paper (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="78"/>
        <source>PDF, tamaño carta (*.pdf)</source>
        <translation>PDF, Letter paper (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="81"/>
        <source>Imprimir informe</source>
        <translation>Print report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="92"/>
        <source>%s · Excel (*.xlsx)</source>
        <translation>%s · Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="93"/>
        <source>%s · CSV (*.csv)</source>
        <translation>%s · CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="94"/>
        <source>Exportar indicadores</source>
        <translation>Export indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="137"/>
        <source>Informe guardado (%d páginas):
%s</source>
        <translation>Report saved (%d pages):
%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="148"/>
        <location filename="../../desktop/views/dashboard_exports.py" line="150"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="148"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="148"/>
        <source>Día</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="149"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="149"/>
        <source>Sin segmento</source>
        <translation>No segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="150"/>
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="150"/>
        <source>Días con visitas</source>
        <translation>Days with visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="151"/>
        <source>Visitas por día</source>
        <translation>Visits per day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="151"/>
        <source>Horas en campo por día</source>
        <translation>Hours in the field per day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="152"/>
        <source>Km recorridos</source>
        <translation>Km travelled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="152"/>
        <source>Km por día</source>
        <translation>Km per day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="153"/>
        <source>Dentro de la geocerca</source>
        <translation>Inside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="153"/>
        <source>Visitas con alertas</source>
        <translation>Flagged visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="164"/>
        <source>%d filas exportadas a:
%s</source>
        <translation>%d rows exported to:
%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="176"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="182"/>
        <source>No se pudo guardar el archivo: %s</source>
        <translation>Could not save the file: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_exports.py" line="190"/>
        <source>Indicadores</source>
        <translation>Indicators</translation>
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
        <location filename="../../desktop/views/dashboard_page.py" line="86"/>
        <source>Cargando indicadores…</source>
        <translation>Loading indicators…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="92"/>
        <source>Visitas, contactos y promesas</source>
        <translation>Visits, contacts and promises</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="93"/>
        <source>Tasas diarias (%)</source>
        <translation>Daily rates (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="102"/>
        <source>De mayor a menor</source>
        <translation>Highest first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="103"/>
        <source>De menor a mayor</source>
        <translation>Lowest first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="107"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="118"/>
        <source>Tendencia diaria</source>
        <translation>Daily trend</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="119"/>
        <source>Embudo de gestión</source>
        <translation>Collection funnel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="126"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="129"/>
        <source>Clic en una barra: ver sus visitas</source>
        <translation>Click a bar to see its visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="132"/>
        <source>Por gestor</source>
        <translation>By agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="137"/>
        <source>Tasa de contacto (contactos / visitas) por día y hora local; el número es la cantidad de visitas. Clic en una celda: ver sus visitas.</source>
        <translation>Contact rate (contacts / visits) by day and local hour; the number is how many visits. Click a cell to see its visits.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="143"/>
        <source>· gris: sin visitas</source>
        <translation>· grey: no visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="147"/>
        <source>Mejores horas para visitar</source>
        <translation>Best hours to visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="148"/>
        <source>Por segmento</source>
        <translation>By segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="149"/>
        <source>Productividad</source>
        <translation>Productivity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="152"/>
        <source>Pagos</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="205"/>
        <source>Actualizando…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="221"/>
        <source>%s – %s · hora local (%s) · actualizado a las %s</source>
        <translation>%s – %s · local time (%s) · updated at %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="239"/>
        <source>No se pudieron leer los indicadores: %s</source>
        <translation>Could not read the indicators: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="243"/>
        <source>Lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="243"/>
        <source>Mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="243"/>
        <source>Mié</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="243"/>
        <source>Jue</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="243"/>
        <source>Vie</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="243"/>
        <source>Sáb</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="244"/>
        <source>Dom</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>DecileChart</name>
    <message>
        <location filename="../../desktop/views/run_history.py" line="33"/>
        <source>Decil de probabilidad predicha (1 = menos probable)</source>
        <translation>Decile of predicted probability (1 = least likely)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="34"/>
        <source>% de cuentas</source>
        <translation>% of accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="38"/>
        <source>Pagaron</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="40"/>
        <source>Predicho</source>
        <translation>Predicted</translation>
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
        <location filename="../../desktop/views/designer_files.py" line="24"/>
        <source>Nombre del cuestionario nuevo:</source>
        <translation>Name of the new questionnaire:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="36"/>
        <source>Importar cuestionario</source>
        <translation>Import questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="36"/>
        <location filename="../../desktop/views/designer_files.py" line="48"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="44"/>
        <source>Importado como borrador.</source>
        <translation>Imported as a draft.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="48"/>
        <source>Exportar cuestionario</source>
        <translation>Export questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="70"/>
        <source>Exportado a %s</source>
        <translation>Exported to %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="73"/>
        <source>Descartar borrador</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_files.py" line="74"/>
        <source>¿Descartar el borrador y volver a la última versión publicada? Los cambios no publicados se pierden.</source>
        <translation>Discard the draft and go back to the latest published version? Unpublished changes are lost.</translation>
    </message>
</context>
<context>
    <name>DesignerPage</name>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="74"/>
        <source>Nuevo…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="76"/>
        <source>Importar JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="80"/>
        <source>Validar</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="82"/>
        <source>Exportar JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="84"/>
        <source>Guardar borrador</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="86"/>
        <source>Descartar borrador…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="88"/>
        <source>Publicar…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="92"/>
        <source>Editar desde una versión publicada</source>
        <translation>Edit from a published version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="175"/>
        <source>Editando el borrador guardado (versiones publicadas: %d).</source>
        <translation>Editing the saved draft (published versions: %d).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="177"/>
        <source>Sin borrador: los cambios parten de la versión %d.</source>
        <translation>No draft: changes start from version %d.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="179"/>
        <source>Cuestionario vacío: agregue preguntas.</source>
        <translation>Empty questionnaire: add questions.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="197"/>
        <source>● Cambios sin guardar</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="204"/>
        <source>%d problemas por corregir antes de publicar (elija uno para ir a la pregunta).</source>
        <translation>%d problems to fix before publishing (choose one to go to its question).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="207"/>
        <source>Sin problemas: se puede publicar.</source>
        <translation>No problems: ready to publish.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="219"/>
        <source>el borrador del cuestionario anterior no se guardó (%s)</source>
        <translation>the draft of the previous questionnaire was not saved (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="225"/>
        <source>Borrador guardado a las %s.</source>
        <translation>Draft saved at %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="239"/>
        <source>Nada que publicar: es igual a la versión %d.</source>
        <translation>Nothing to publish: it equals version %d.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="255"/>
        <source>Publicada la versión %d: los teléfonos la recibirán en su próxima sincronización.</source>
        <translation>Version %d published: phones get it on their next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="266"/>
        <source>No se guardó: otra persona guardó este borrador después de que lo abrió. Ábralo de nuevo para ver sus cambios, o guarde otra vez para reemplazarlos.</source>
        <translation>Not saved: someone else saved this draft after you opened it. Open it again to see their changes, or save again to replace them.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_page.py" line="273"/>
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
        <location filename="../../desktop/views/details_panel.py" line="116"/>
        <source>Seleccione una visita, una cuenta o un gestor en el mapa</source>
        <translation>Select a visit, an account or an agent on the map</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="124"/>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="156"/>
        <source>No se pudieron leer los detalles: %s</source>
        <translation>Could not read the details: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="166"/>
        <source>Esa visita ya no existe.</source>
        <translation>That visit no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="166"/>
        <source>Esa cuenta ya no existe.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="167"/>
        <source>Ese dispositivo ya no existe.</source>
        <translation>That device no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="168"/>
        <source>No hay nada que mostrar.</source>
        <translation>Nothing to show.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="185"/>
        <source>Nunca</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="194"/>
        <source>Sin segmento</source>
        <translation>No segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="196"/>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="202"/>
        <location filename="../../desktop/views/details_panel.py" line="209"/>
        <source>Ninguna</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="213"/>
        <source>Sin ubicación: no se puede verificar la geocerca</source>
        <translation>No location: the geofence cannot be checked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="217"/>
        <source>Polígono de %d vértices</source>
        <translation>Polygon of %d vertices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="219"/>
        <source>Radio de %s m</source>
        <translation>Radius of %s m</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="220"/>
        <source>Radio de %s m (el de la sucursal)</source>
        <translation>Radius of %s m (the branch&apos;s default)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="227"/>
        <source>Sin datos del dispositivo</source>
        <translation>No device details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="228"/>
        <source>Desconocida</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="234"/>
        <source>Sin datos</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="236"/>
        <source> (cargando)</source>
        <translation> (charging)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="238"/>
        <source>Sin posiciones</source>
        <translation>No positions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="241"/>
        <source>precisión %s m</source>
        <translation>accuracy %s m</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="245"/>
        <source>Revocado el %s</source>
        <translation>Revoked on %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/details_panel.py" line="247"/>
        <source>Activo, emparejado el %s</source>
        <translation>Active, paired on %s</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="37"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="37"/>
        <source>Modelo</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="37"/>
        <source>Sistema</source>
        <translation>OS</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="37"/>
        <source>Versión de la app</source>
        <translation>App version</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="38"/>
        <source>Última conexión</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="38"/>
        <source>Batería</source>
        <translation>Battery</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="38"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="76"/>
        <source> (cargando)</source>
        <translation> (charging)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="78"/>
        <source>Revocado</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="78"/>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="84"/>
        <source>nunca</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="87"/>
        <source>hace un momento</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="89"/>
        <source>hace %d min</source>
        <translation>%d min ago</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="91"/>
        <source>hace %d h</source>
        <translation>%d h ago</translation>
    </message>
    <message>
        <location filename="../../desktop/models/devices_model.py" line="92"/>
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
    <name>FileExport</name>
    <message>
        <location filename="../../desktop/views/file_export.py" line="30"/>
        <source>Exportar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/file_export.py" line="63"/>
        <source>No se pudo exportar: %s</source>
        <translation>Could not export: %s</translation>
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
        <location filename="../../desktop/views/designer_logic.py" line="50"/>
        <source>JSONLogic</source>
        <translation>JSONLogic</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="51"/>
        <source>Escribir la expresión a mano</source>
        <translation>Write the expression by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="54"/>
        <source>todas</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="55"/>
        <source>alguna</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="56"/>
        <source>Si deben cumplirse todas las condiciones o basta con una</source>
        <translation>Whether every condition must hold or one is enough</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="58"/>
        <source>+ Condición</source>
        <translation>+ Condition</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="80"/>
        <source>Aplicar</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="126"/>
        <source>esta respuesta</source>
        <translation>this answer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="131"/>
        <source>Cuenta: %s</source>
        <translation>Account: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="132"/>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="148"/>
        <source>Quitar esta condición</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="180"/>
        <location filename="../../desktop/views/designer_logic.py" line="189"/>
        <location filename="../../desktop/views/designer_logic.py" line="218"/>
        <location filename="../../desktop/views/designer_logic.py" line="219"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="180"/>
        <location filename="../../desktop/views/designer_logic.py" line="189"/>
        <location filename="../../desktop/views/designer_logic.py" line="218"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="185"/>
        <source>a, b, c</source>
        <translation>a, b, c</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_logic.py" line="241"/>
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
        <location filename="../../desktop/views/login_dialog.py" line="39"/>
        <source>Campo — iniciar sesión</source>
        <translation>Campo — sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="47"/>
        <source>Varias personas usan Campo en esta sucursal: escriba su usuario y su contraseña.</source>
        <translation>Several people use Campo at this branch: type your user name and your password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="59"/>
        <source>Entrar</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="60"/>
        <source>Salir</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="65"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="66"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="81"/>
        <source>Escriba su usuario y su contraseña.</source>
        <translation>Type your user name and your password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="86"/>
        <source>Comprobando…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="107"/>
        <source>No se pudo comprobar la contraseña: %s</source>
        <translation>Could not check the password: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="110"/>
        <source>Demasiados intentos fallidos: este usuario queda bloqueado hasta las %s. Un administrador puede desbloquearlo dándole una contraseña nueva.</source>
        <translation>Too many failed attempts: this user is locked until %s. An administrator can unlock it by giving it a new password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="113"/>
        <source>Este usuario está desactivado. Pida a un administrador que lo active.</source>
        <translation>This user is deactivated. Ask an administrator to activate it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="114"/>
        <source>Usuario o contraseña incorrectos.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="116"/>
        <source>Tras %d intento(s) fallido(s) más, el usuario quedará bloqueado un rato.</source>
        <translation>After %d more failed attempt(s) the user will be locked for a while.</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="59"/>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="61"/>
        <source>Enviar un correo a los supervisores cuando termina una visita</source>
        <translation>Send the supervisors an e-mail when a visit ends</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="63"/>
        <source>smtp.ejemplo.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="67"/>
        <source>STARTTLS (puerto 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="68"/>
        <source>TLS desde el inicio (puerto 465)</source>
        <translation>TLS from the start (port 465)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="69"/>
        <source>Sin cifrado (solo en la red local)</source>
        <translation>No encryption (local network only)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="75"/>
        <source>campo@sucursal.com</source>
        <translation>campo@branch.com</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="77"/>
        <source>Una dirección por línea</source>
        <translation>One address per line</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="80"/>
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="81"/>
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="82"/>
        <source>Servidor de correo (SMTP)</source>
        <translation>Mail server (SMTP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="85"/>
        <source>Servidor</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="86"/>
        <source>Puerto</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="87"/>
        <source>Seguridad</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="88"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="89"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="90"/>
        <source>Remitente</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="91"/>
        <source>Destinatarios</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="92"/>
        <source>Idioma de los correos</source>
        <translation>Language of the e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="93"/>
        <source>La contraseña se guarda sin cifrar en la base de datos de la sucursal.</source>
        <translation>The password is stored unencrypted in the branch&apos;s database.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="99"/>
        <source>Qué visitas se envían: las de estos resultados, y las que tengan alguna de estas alertas</source>
        <translation>Which visits are sent: those with these outcomes, and those with any of these flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="101"/>
        <source>Resultados</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="102"/>
        <source>Alertas</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="109"/>
        <source>supervisor@sucursal.com</source>
        <translation>supervisor@branch.com</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="110"/>
        <source>Enviar correo de prueba</source>
        <translation>Send test e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="117"/>
        <source>Enviar a</source>
        <translation>Send to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="127"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="128"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="171"/>
        <source>No se pudo leer la configuración de correo: %s</source>
        <translation>Could not read the mail settings: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="219"/>
        <source>No se pudo guardar la configuración de correo: %s</source>
        <translation>Could not save the mail settings: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="229"/>
        <source>Enviando el correo de prueba a %s…</source>
        <translation>Sending the test e-mail to %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_dialog.py" line="237"/>
        <source>Correo de prueba enviado a %s. Revise su bandeja de entrada.</source>
        <translation>Test e-mail sent to %s. Check the inbox.</translation>
    </message>
</context>
<context>
    <name>MailErrors</name>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="14"/>
        <source>Escriba el servidor de correo (SMTP), por ejemplo smtp.ejemplo.com.</source>
        <translation>Enter the mail (SMTP) server, for example smtp.example.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="15"/>
        <source>El puerto debe estar entre 1 y 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="16"/>
        <source>Elija la seguridad de la conexión.</source>
        <translation>Choose the connection&apos;s security.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="17"/>
        <source>Escriba la dirección del remitente, por ejemplo campo@sucursal.com.</source>
        <translation>Enter the sender&apos;s address, for example campo@branch.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="18"/>
        <source>Escriba al menos un destinatario, una dirección válida por línea (hasta %d).</source>
        <translation>Enter at least one recipient, one valid address per line (up to %d).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="20"/>
        <source>Escriba el usuario de la contraseña.</source>
        <translation>Enter the user name that goes with the password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="21"/>
        <source>Escriba una dirección válida a la que enviar la prueba.</source>
        <translation>Enter a valid address to send the test to.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="29"/>
        <source>No se pudo enviar el correo: %s</source>
        <translation>Could not send the e-mail: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="31"/>
        <source>No se pudo conectar con el servidor de correo: revise el servidor y el puerto.</source>
        <translation>Could not connect to the mail server: check the server and the port.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="32"/>
        <source>El servidor de correo no respondió a tiempo.</source>
        <translation>The mail server did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="33"/>
        <source>Falló el cifrado de la conexión: revise la seguridad elegida (STARTTLS o TLS) y el puerto.</source>
        <translation>Encrypting the connection failed: check the security chosen (STARTTLS or TLS) and the port.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="34"/>
        <source>Falló la autenticación: revise el usuario y la contraseña.</source>
        <translation>Authentication failed: check the user and the password.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="35"/>
        <source>El servidor de correo rechazó el remitente.</source>
        <translation>The mail server refused the sender.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="36"/>
        <source>El servidor de correo rechazó el destinatario.</source>
        <translation>The mail server refused the recipient.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="37"/>
        <source>El servidor de correo rechazó el mensaje.</source>
        <translation>The mail server refused the message.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="38"/>
        <source>El servidor de correo cortó la conexión.</source>
        <translation>The mail server closed the connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="39"/>
        <source>Falta configurar el servidor de correo.</source>
        <translation>The mail server is not set up.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="41"/>
        <source>El servidor de correo respondió con un error.</source>
        <translation>The mail server answered with an error.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/mail_errors.py" line="42"/>
        <source>No se envió. %s Respuesta: %s</source>
        <translation>Not sent. %s Answer: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="47"/>
        <source>Campo — supervisión de campo</source>
        <translation>Campo — field supervision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="134"/>
        <source>Iniciando el servidor…</source>
        <translation>Starting the server…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="150"/>
        <source>Servidor: %s</source>
        <translation>Server: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="154"/>
        <source>El servidor no arrancó: %s</source>
        <translation>The server did not start: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="165"/>
        <source>Descubrimiento en la red: activo</source>
        <translation>LAN discovery: on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="166"/>
        <source>Descubrimiento en la red: apagado</source>
        <translation>LAN discovery: off</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="170"/>
        <source>Dispositivos en línea: %d</source>
        <translation>Devices online: %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="172"/>
        <source>Sin datos recibidos aún</source>
        <translation>No data received yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="175"/>
        <source>Últimos datos: %s</source>
        <translation>Last data: %s</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../desktop/views/map_page.py" line="251"/>
        <source>No se pudieron leer los datos del mapa: %s</source>
        <translation>Could not read the map&apos;s data: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_page.py" line="101"/>
        <source>No se pudo leer el recorrido: %s</source>
        <translation>Could not read the route: %s</translation>
    </message>
</context>
<context>
    <name>MapPlan</name>
    <message>
        <location filename="../../desktop/views/map_plan.py" line="50"/>
        <source>Punto de partida</source>
        <translation>Start point</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_plan.py" line="51"/>
        <source>Visita de campo</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_plan.py" line="51"/>
        <source>Oferta de convenio</source>
        <translation>Payment agreement offer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_plan.py" line="52"/>
        <source>Recordatorio o escalamiento</source>
        <translation>Reminder or escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_plan.py" line="61"/>
        <source>llega a los %s</source>
        <translation>arrives after %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_plan.py" line="63"/>
        <source>%s: %d paradas · %s km · %s</source>
        <translation>%s: %d stops · %s km · %s</translation>
    </message>
</context>
<context>
    <name>MapZone</name>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="65"/>
        <source>Dibujar una zona para asignar sus cuentas</source>
        <translation>Draw a zone to assign its accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="66"/>
        <source>Dibujar un rectángulo para asignar sus cuentas</source>
        <translation>Draw a rectangle to assign its accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="67"/>
        <source>Dejar de dibujar</source>
        <translation>Stop drawing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="67"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="68"/>
        <source>Terminar la zona</source>
        <translation>Finish the zone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="68"/>
        <source>Terminar</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="69"/>
        <source>Borrar el último punto</source>
        <translation>Delete the last point</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="70"/>
        <source>Haga clic para empezar la zona.</source>
        <translation>Click to start the zone.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="71"/>
        <source>Haga clic para seguir la zona.</source>
        <translation>Click to continue the zone.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="72"/>
        <source>Haga clic en el primer punto para cerrar la zona.</source>
        <translation>Click the first point to close the zone.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="73"/>
        <source>Los bordes de la zona no pueden cruzarse.</source>
        <translation>The zone’s edges cannot cross.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="74"/>
        <source>Haga clic y arrastre para dibujar el rectángulo.</source>
        <translation>Click and drag to draw the rectangle.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="75"/>
        <source>Suelte el botón para terminar.</source>
        <translation>Release the button to finish.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="88"/>
        <source>%s cuentas dentro de la zona, saldo total %s; hoy con %d gestores distintos y %s sin gestor.</source>
        <translation>%s accounts inside the zone, total balance %s; held today by %d different agents, %s without an agent.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="93"/>
        <source>No hay cuentas con ubicación dentro de la zona.</source>
        <translation>There are no accounts with a location inside the zone.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="106"/>
        <source>No se pudo usar la zona: %s</source>
        <translation>Could not use the zone: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_zone.py" line="107"/>
        <source>Zona</source>
        <translation>Zone</translation>
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
    <name>MatchedPaymentsModel</name>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="149"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="149"/>
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="149"/>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="149"/>
        <source>Aplicado a</source>
        <translation>Applied to</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="158"/>
        <source>inicial</source>
        <translation>down payment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="158"/>
        <source>cuota %d</source>
        <translation>instalment %d</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="161"/>
        <source>sobrante %s</source>
        <translation>left over %s</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message>
        <location filename="../../desktop/views/strategy_matrix.py" line="62"/>
        <source>%s cuentas</source>
        <translation>%s accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_matrix.py" line="64"/>
        <source>Saldo %s (%s del total)</source>
        <translation>Balance %s (%s of the total)</translation>
    </message>
</context>
<context>
    <name>ModelPanel</name>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="48"/>
        <source>Aún no hay una corrida. Pulse «Recalcular».</source>
        <translation>No run yet. Press “Recalculate”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="57"/>
        <source>Calibración en cuentas reservadas: si los puntos siguen la diagonal, «30 %» quiere decir que pagan 3 de cada 10.</source>
        <translation>Calibration on held-out accounts: when the points follow the diagonal, “30 %” means 3 in 10 pay.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="82"/>
        <source>sube</source>
        <translation>raises</translation>
    </message>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="82"/>
        <source>baja</source>
        <translation>lowers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="91"/>
        <source>Factores con más peso (log-odds por desviación estándar):</source>
        <translation>Strongest factors (log-odds per standard deviation):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="97"/>
        <source>%s días</source>
        <translation>%s days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="98"/>
        <source>%d cuentas, %d pagaron</source>
        <translation>%d accounts, %d paid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="101"/>
        <source>Probabilidad de pago por tramo de mora:</source>
        <translation>Payment probability by days-past-due bucket:</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="63"/>
        <source>Vincular un dispositivo</source>
        <translation>Pair a device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="89"/>
        <source>Otro código</source>
        <translation>Another code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="92"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="96"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="100"/>
        <source>En el teléfono, abra Campo y escanee este código QR, o escriba el código de vinculación.</source>
        <translation>On the phone, open Campo and scan this QR code, or type the pairing code.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="137"/>
        <source>No hay gestores activos: agregue uno antes de vincular un dispositivo.</source>
        <translation>There are no active agents: add one before pairing a device.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="139"/>
        <source>Creando el código…</source>
        <translation>Creating the code…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="162"/>
        <source>Vence el %s (un solo uso).</source>
        <translation>Expires %s (single use).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="164"/>
        <source>Direcciones del servidor:</source>
        <translation>Server addresses:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="166"/>
        <source>El servidor todavía no está en marcha: el QR no lleva direcciones.</source>
        <translation>The server is not running yet: the QR code carries no addresses.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="167"/>
        <source>Esperando al dispositivo…</source>
        <translation>Waiting for the device…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="173"/>
        <source>El gestor está desactivado: actívelo antes de vincular un dispositivo.</source>
        <translation>The agent is deactivated: activate them before pairing a device.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pairing_dialog.py" line="177"/>
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
        <source>Las dos contraseñas no coinciden.</source>
        <translation type="vanished">The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/password_dialog.py" line="104"/>
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
        <location filename="../../desktop/views/permission_ui.py" line="46"/>
        <source>No tiene permiso para esto: la sesión ya no es válida (¿lo desactivaron?). Cierre Campo y vuelva a entrar.</source>
        <translation>You may not do this: the session is no longer valid (were you deactivated?). Close Campo and sign in again.</translation>
    </message>
</context>
<context>
    <name>PivotModel</name>
    <message>
        <location filename="../../desktop/models/pivot_model.py" line="64"/>
        <source>Total de todas las columnas, calculado sobre todas las visitas (no es una suma: las cuentas distintas se cuentan una vez)</source>
        <translation>Total of every column, computed over all visits (not a sum: distinct accounts count once)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/pivot_model.py" line="95"/>
        <source>Sin denominador: la tasa no está definida</source>
        <translation>No denominator: the rate is not defined</translation>
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
    <name>PromisesModel</name>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="29"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="29"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="29"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="29"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="30"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="30"/>
        <source>Prometido</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="30"/>
        <source>Pagado</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="30"/>
        <source>Falta</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="31"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="31"/>
        <source>Revisita</source>
        <translation>Revisit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="49"/>
        <source>%s, visitada (pedida el %s)</source>
        <translation>%s, visited (asked on %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="50"/>
        <source>%s, pedida el %s</source>
        <translation>%s, asked on %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/promises_model.py" line="87"/>
        <source>Con los días de gracia, hasta el %s</source>
        <translation>With the grace days, until %s</translation>
    </message>
</context>
<context>
    <name>PromisesPage</name>
    <message>
        <location filename="../../desktop/views/promises_page.py" line="64"/>
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/promises_page.py" line="71"/>
        <location filename="../../desktop/views/promises_page.py" line="138"/>
        <source>Todos los gestores</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/promises_page.py" line="77"/>
        <source>Reasignar para revisita…</source>
        <translation>Reassign for a revisit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/promises_page.py" line="79"/>
        <source>Nuevo convenio…</source>
        <translation>New agreement…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/promises_page.py" line="91"/>
        <location filename="../../desktop/views/promises_page.py" line="126"/>
        <source>Cargando promesas…</source>
        <translation>Loading promises…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/promises_page.py" line="93"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/promises_page.py" line="93"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/promises_page.py" line="94"/>
        <source>Al</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop/views/promises_page.py" line="150"/>
        <source>No se pudieron leer las promesas: %s</source>
        <translation>Could not read the promises: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/promises_page.py" line="158"/>
        <source>%d de %d promesas · prometido %s · falta %s</source>
        <translation>%d of %d promises · promised %s · remaining %s</translation>
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
        <location filename="../../desktop/models/questionnaires_model.py" line="22"/>
        <source>Cuestionario</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="22"/>
        <source>Versión</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="22"/>
        <source>Borrador</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="22"/>
        <source>Cuentas</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="59"/>
        <source> (retirado)</source>
        <translation> (retired)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="62"/>
        <source>sin publicar</source>
        <translation>unpublished</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="64"/>
        <source>Publicada el %s</source>
        <translation>Published on %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="68"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/models/questionnaires_model.py" line="69"/>
        <source>guardado %s</source>
        <translation>saved %s</translation>
    </message>
</context>
<context>
    <name>ReliabilityPlot</name>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="28"/>
        <source>Probabilidad predicha (%)</source>
        <translation>Predicted probability (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="29"/>
        <source>Pagaron de verdad (%)</source>
        <translation>Actually paid (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/model_panel.py" line="40"/>
        <source>Sin curva: no hay modelo</source>
        <translation>No curve: there is no model</translation>
    </message>
</context>
<context>
    <name>ReminderLabels</name>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="12"/>
        <source>Correo</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="12"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="13"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="18"/>
        <source>Antes del vencimiento</source>
        <translation>Before the due date</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="19"/>
        <source>Pago no recibido</source>
        <translation>Payment not received</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="24"/>
        <source>En cola</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="24"/>
        <source>Enviando</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="25"/>
        <source>Enviado</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="25"/>
        <source>Falló</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="26"/>
        <source>No enviado</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="31"/>
        <source>ya pagó</source>
        <translation>already paid</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="32"/>
        <source>pidió no recibir recordatorios</source>
        <translation>asked for no reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="33"/>
        <source>sin autorización del deudor</source>
        <translation>no consent from the debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="34"/>
        <source>sin correo o teléfono</source>
        <translation>no e-mail or phone</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="35"/>
        <source>canal apagado</source>
        <translation>channel off</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="36"/>
        <source>convenio anulado</source>
        <translation>agreement cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="41"/>
        <source>Promesa</source>
        <translation>Promise</translation>
    </message>
    <message>
        <location filename="../../desktop/reminder_labels.py" line="41"/>
        <source>Cuota</source>
        <translation>Instalment</translation>
    </message>
</context>
<context>
    <name>ReminderOptOutDialog</name>
    <message>
        <location filename="../../desktop/views/reminder_opt_out_dialog.py" line="26"/>
        <source>Recordatorios de %s</source>
        <translation>Reminders of %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminder_opt_out_dialog.py" line="27"/>
        <source>No enviar por %s</source>
        <translation>Do not send by %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminder_opt_out_dialog.py" line="34"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminder_opt_out_dialog.py" line="36"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminder_opt_out_dialog.py" line="40"/>
        <source>El deudor pidió no recibir recordatorios por:</source>
        <translation>The debtor asked for no reminders by:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminder_opt_out_dialog.py" line="74"/>
        <source>No se pudo guardar: %s</source>
        <translation>Could not save: %s</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="36"/>
        <source>Recordatorios a deudores</source>
        <translation>Reminders to debtors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="41"/>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="42"/>
        <source>Mensajes</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="48"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="50"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="51"/>
        <source>Enviar ahora</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="52"/>
        <source>Planificar los recordatorios de hoy y enviar los que corresponden</source>
        <translation>Plan today&apos;s reminders and send those due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="85"/>
        <source>No se pudo completar: %s</source>
        <translation>Could not complete: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="86"/>
        <source>Días antes</source>
        <translation>Days before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="86"/>
        <location filename="../../desktop/views/reminders_dialog.py" line="87"/>
        <source>Horas de silencio</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="87"/>
        <source>Proveedor</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="88"/>
        <source>URL del proveedor</source>
        <translation>Provider URL</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="88"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="89"/>
        <source>Textos</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="90"/>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="108"/>
        <source>Configuración de recordatorios guardada.</source>
        <translation>Reminder settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="116"/>
        <source>Planificando los recordatorios de hoy…</source>
        <translation>Planning today&apos;s reminders…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_dialog.py" line="128"/>
        <source>%d mensajes en cola, %d no se enviarán (ver el motivo en Mensajes), %d ya planificados antes.</source>
        <translation>%d messages queued, %d will not be sent (see why in Messages), %d planned before.</translation>
    </message>
</context>
<context>
    <name>RemindersLog</name>
    <message>
        <location filename="../../desktop/views/reminders_log.py" line="42"/>
        <source>Todos los estados</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_log.py" line="46"/>
        <source>Todos los canales</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_log.py" line="103"/>
        <source>No se pudo leer el registro de mensajes: %s</source>
        <translation>Could not read the message log: %s</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location filename="../../desktop/models/reminders_model.py" line="28"/>
        <source>Creado</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reminders_model.py" line="28"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reminders_model.py" line="28"/>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reminders_model.py" line="28"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reminders_model.py" line="28"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reminders_model.py" line="29"/>
        <source>Para</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reminders_model.py" line="29"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reminders_model.py" line="29"/>
        <source>Intentos</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reminders_model.py" line="29"/>
        <source>Enviado</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/reminders_model.py" line="30"/>
        <source>Último error</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>RemindersSettingsForm</name>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="44"/>
        <source>Correo (con el servidor SMTP de «Correo…»)</source>
        <translation>E-mail (with the SMTP server of “E-mail…”)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="45"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="46"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="49"/>
        <source> días antes</source>
        <translation> days before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="54"/>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="56"/>
        <source>a</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="60"/>
        <source>Archivo en la carpeta de datos (pruebas, sin envío real)</source>
        <translation>File in the data folder (tests, nothing really sent)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="61"/>
        <source>Proveedor HTTP (JSON con token)</source>
        <translation>HTTP provider (JSON with a token)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="64"/>
        <source>https://proveedor.ejemplo.com/mensajes</source>
        <translation>https://provider.example.com/messages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="68"/>
        <source>Vacío: no se aceptan respuestas STOP</source>
        <translation>Empty: STOP replies are not accepted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="70"/>
        <source>Vacío: la empresa de los convenios</source>
        <translation>Empty: the company of the agreements</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="73"/>
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="74"/>
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="77"/>
        <source>Antes del vencimiento (español)</source>
        <translation>Before the due date (Spanish)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="78"/>
        <source>Pago no recibido (español)</source>
        <translation>Payment not received (Spanish)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="79"/>
        <source>Antes del vencimiento (inglés)</source>
        <translation>Before the due date (English)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="80"/>
        <source>Pago no recibido (inglés)</source>
        <translation>Payment not received (English)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="91"/>
        <source>Canales</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="96"/>
        <source>Recordar</source>
        <translation>Remind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="97"/>
        <source>Horas de silencio</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="98"/>
        <source>Proveedor de SMS y WhatsApp</source>
        <translation>SMS and WhatsApp provider</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="99"/>
        <source>URL del proveedor</source>
        <translation>Provider URL</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="100"/>
        <source>Token del proveedor</source>
        <translation>Provider token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="101"/>
        <source>Token de respuestas (STOP)</source>
        <translation>Replies token (STOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="102"/>
        <source>Remitente</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="103"/>
        <source>Idioma de los mensajes</source>
        <translation>Language of the messages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="104"/>
        <source>Textos: {nombre}, {monto}, {fecha} y {empresa} se reemplazan</source>
        <translation>Texts: {nombre}, {monto}, {fecha} and {empresa} are replaced</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="108"/>
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="110"/>
        <source>Solo se envía a deudores que lo autorizaron, con correo o teléfono, y que no pidieron dejar de recibirlos. En las horas de silencio los mensajes esperan.</source>
        <translation>Only debtors who consented, with an e-mail or phone, and who did not ask to stop receive them. During quiet hours messages wait.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="173"/>
        <source>Marcadores desconocidos: %s</source>
        <translation>Unknown placeholders: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reminders_settings.py" line="178"/>
        <source>Su empresa</source>
        <translation>Your company</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="46"/>
        <source>Gestor cuyo recorrido se reproduce</source>
        <translation>Agent whose route is replayed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="51"/>
        <source>Ver el día</source>
        <translation>Show the day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="52"/>
        <location filename="../../desktop/views/replay_bar.py" line="197"/>
        <source>Reproducir</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="57"/>
        <source>Velocidad de la reproducción</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="60"/>
        <source>Volver al mapa en vivo</source>
        <translation>Back to the live map</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="64"/>
        <source>Recorrido:</source>
        <translation>Route:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="130"/>
        <source>Sin datos ese día</source>
        <translation>No data that day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/replay_bar.py" line="197"/>
        <source>Pausa</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <location filename="../../desktop/views/report_builder.py" line="59"/>
        <source>Sin columnas</source>
        <translation>No columns</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_builder.py" line="82"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_builder.py" line="86"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_builder.py" line="86"/>
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_builder.py" line="90"/>
        <source>Dimensiones</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_builder.py" line="93"/>
        <source>Filas</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_builder.py" line="93"/>
        <source>luego por</source>
        <translation>then by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_builder.py" line="94"/>
        <source>Columnas</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_builder.py" line="95"/>
        <source>Medidas</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_builder.py" line="99"/>
        <source>Filtros (sin marcar: todos)</source>
        <translation>Filters (none ticked: all)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Exportar…</source>
        <translation type="vanished">Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="45"/>
        <source>El informe mostrado en Excel o CSV</source>
        <translation>The report shown, in Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="52"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="52"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="54"/>
        <source>informe</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="55"/>
        <source>Exportar informe</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="67"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="68"/>
        <source>Informe</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="75"/>
        <source>%d filas exportadas a:
%s</source>
        <translation>%d rows exported to:
%s</translation>
    </message>
    <message>
        <source>No se pudo exportar: %s</source>
        <translation type="vanished">Could not export: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_export.py" line="46"/>
        <source>Informes</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>ReportFilters</name>
    <message>
        <location filename="../../desktop/views/report_filters.py" line="28"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_filters.py" line="28"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_filters.py" line="28"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_filters.py" line="28"/>
        <source>Geocerca</source>
        <translation>Geofence</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="21"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="22"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="23"/>
        <source>Día</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="24"/>
        <source>Semana</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="25"/>
        <source>Mes</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="26"/>
        <source>Hora (local)</source>
        <translation>Hour (local)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="27"/>
        <source>Día de la semana (local)</source>
        <translation>Weekday (local)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="28"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="29"/>
        <source>Geocerca</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="36"/>
        <source>Visitas con alertas</source>
        <translation>Flagged visits</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="37"/>
        <source>Visitas fuera de la geocerca</source>
        <translation>Visits outside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="38"/>
        <source>Visitas dentro de la geocerca</source>
        <translation>Visits inside the geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="39"/>
        <source>Cumplimiento de geocerca</source>
        <translation>Geofence compliance</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="53"/>
        <source>Hoy</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="54"/>
        <source>Esta semana</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="55"/>
        <source>Este mes</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="56"/>
        <source>Mes pasado</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="57"/>
        <source>Últimos 30 días</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="58"/>
        <source>Este año</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="59"/>
        <source>Personalizado</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="66"/>
        <source>Lunes</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="67"/>
        <source>Martes</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="68"/>
        <source>Miércoles</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="69"/>
        <source>Jueves</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="70"/>
        <source>Viernes</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="71"/>
        <source>Sábado</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="72"/>
        <source>Domingo</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="79"/>
        <source>ene</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="80"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="81"/>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="82"/>
        <source>abr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="83"/>
        <source>may</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="84"/>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="85"/>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="86"/>
        <source>ago</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="87"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="88"/>
        <source>oct</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="89"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="90"/>
        <source>dic</source>
        <translation>Dec</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="98"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="103"/>
        <source>Sin segmento</source>
        <translation>No segment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="109"/>
        <source>Semana del %s</source>
        <translation>Week of %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="140"/>
        <source>resultado</source>
        <translation>an outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="141"/>
        <source>geocerca</source>
        <translation>a geofence verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="142"/>
        <source>%s usa cuentas asignadas o pagos, que no tienen %s: quite ese filtro</source>
        <translation>%s uses assigned accounts or payments, which have no %s: remove that filter</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="146"/>
        <source>%s no se define por %s: las cuentas se asignan por días, sin hora, día de la semana, resultado ni geocerca</source>
        <translation>%s is not defined by %s: accounts are assigned by days, without hour, weekday, outcome or geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="149"/>
        <source>%s no se define por %s: los pagos tienen fecha, pero no hora, resultado ni geocerca</source>
        <translation>%s is not defined by %s: payments have a date, but no hour, outcome or geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="157"/>
        <source>No se pudo leer el informe: %s</source>
        <translation>Could not read the report: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="165"/>
        <source>Elija al menos una dimensión para las filas.</source>
        <translation>Choose at least one dimension for the rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="167"/>
        <source>Elija al menos una medida.</source>
        <translation>Choose at least one measure.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="169"/>
        <source>Cada dimensión puede usarse una sola vez (filas o columnas).</source>
        <translation>Each dimension can be used only once (rows or columns).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="171"/>
        <source>El periodo termina antes de empezar: revise las fechas.</source>
        <translation>The period ends before it starts: check the dates.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="173"/>
        <source>Un periodo personalizado necesita las dos fechas.</source>
        <translation>A custom period needs both dates.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="175"/>
        <source>Escriba un nombre para guardar el informe.</source>
        <translation>Type a name to save the report.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="177"/>
        <source>El nombre es demasiado largo (máximo 200 caracteres).</source>
        <translation>The name is too long (200 characters at most).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="179"/>
        <source>Ese informe ya no existe (otro usuario lo eliminó).</source>
        <translation>That report no longer exists (someone deleted it).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="181"/>
        <source>Ese informe se guardó con una versión más nueva de Campo.</source>
        <translation>That report was saved by a newer version of Campo.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="187"/>
        <source>Ya existe un informe llamado «%s».</source>
        <translation>A report named “%s” already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="189"/>
        <source>El gestor %s ya no existe: quítelo de los filtros.</source>
        <translation>Agent %s no longer exists: remove it from the filters.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/report_labels.py" line="191"/>
        <source>El informe no es válido: %s</source>
        <translation>The report is not valid: %s</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../desktop/views/report_canvas.py" line="109"/>
        <source>Página %d</source>
        <translation>Page %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_canvas.py" line="111"/>
        <source>Página %d de %d</source>
        <translation>Page %d of %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="37"/>
        <source>Informe de gestión de cobranza</source>
        <translation>Collection performance report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="62"/>
        <source>Campo · generado el %s (%s)</source>
        <translation>Campo · generated on %s (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="83"/>
        <source>Sucursal sin nombre</source>
        <translation>Unnamed branch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="86"/>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="88"/>
        <source>Periodo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="89"/>
        <source>%s (%d días)</source>
        <translation>%s (%d days)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="90"/>
        <source>Comparado con</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="91"/>
        <location filename="../../desktop/views/report_tables.py" line="79"/>
        <location filename="../../desktop/views/report_tables.py" line="110"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="92"/>
        <location filename="../../desktop/views/report_tables.py" line="84"/>
        <source>Segmento</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="93"/>
        <source>Zona horaria</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="94"/>
        <source>Generado</source>
        <translation>Generated</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="112"/>
        <source>Indicadores del periodo</source>
        <translation>Indicators of the period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="114"/>
        <source>«—»: la tasa no está definida porque su denominador es 0. Promesas vencidas y cumplidas a la fecha de corte %s. Cambio: en puntos porcentuales (pp) para las tasas, en %% para lo demás.</source>
        <translation>“—”: the rate is not defined because its denominator is 0. Promises matured and kept as of %s. Change: in percentage points (pp) for rates, in %% for the rest.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="118"/>
        <source>Embudo de gestión</source>
        <translation>Collection funnel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="122"/>
        <source>del paso anterior</source>
        <translation>of the step before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="123"/>
        <source>Asignadas, gestionadas y contactadas cuentan cuentas distintas; titular, promesas y cumplidas cuentan visitas (una cuenta puede tener varias).</source>
        <translation>Assigned, attempted and contacted count distinct accounts; right party, promises and kept count visits (an account may have several).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="130"/>
        <source>Tendencia diaria</source>
        <translation>Daily trend</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="135"/>
        <source>Mejores horas para visitar</source>
        <translation>Best hours to visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="136"/>
        <source>Tasa de contacto (contactos / visitas) por día de la semana y hora local; el número de cada celda es la cantidad de visitas.</source>
        <translation>Contact rate (contacts / visits) by weekday and local hour; the number in each cell is how many visits.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="139"/>
        <source>gris: sin visitas</source>
        <translation>grey: no visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_pdf.py" line="140"/>
        <source>número: visitas</source>
        <translation>number: visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="25"/>
        <source>Indicador</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="26"/>
        <source>Valor</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="27"/>
        <source>Periodo anterior</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="28"/>
        <source>Cambio</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="29"/>
        <source>Definición</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="58"/>
        <location filename="../../desktop/views/report_tables.py" line="89"/>
        <source>Sin datos en el periodo.</source>
        <translation>No data in the period.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="63"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="64"/>
        <source>Cobertura y contacto</source>
        <translation>Coverage and contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="65"/>
        <source>Promesas y recaudo</source>
        <translation>Promises and collections</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="78"/>
        <source>Indicadores por gestor</source>
        <translation>Indicators by agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="80"/>
        <source>El recaudo de cada gestor son los pagos de las cuentas que tenía asignadas el día del pago; por eso la suma por gestores puede diferir del total.</source>
        <translation>An agent&apos;s collections are the payments on the accounts it held on the payment&apos;s day, so the agents&apos; amounts need not add up to the total.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="83"/>
        <source>Indicadores por segmento</source>
        <translation>Indicators by segment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="87"/>
        <source>Productividad en campo</source>
        <translation>Field productivity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="97"/>
        <source>Visitas con alertas (%s)</source>
        <translation>Flagged visits (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="100"/>
        <source>Ninguna visita del periodo tiene alertas.</source>
        <translation>No visit of the period is flagged.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="104"/>
        <source>Lista cortada: se muestran las primeras %s de %s visitas con alertas. Las demás están en la bandeja de Visitas, con «Solo con alertas».</source>
        <translation>List cut: showing the first %s of %s flagged visits. The rest are in the Visits inbox, with “Flagged only”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="109"/>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="111"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="112"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="113"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="114"/>
        <source>Alertas</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_tables.py" line="120"/>
        <source>Qué significa cada alerta</source>
        <translation>What each flag means</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="11"/>
        <source>Cuentas contactadas / cuentas asignadas: qué parte de la cartera asignada se logró contactar.</source>
        <translation>Accounts contacted / assigned accounts: how much of the assigned portfolio was reached.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="13"/>
        <source>Visitas / cuentas gestionadas: cuántas visitas recibió en promedio cada cuenta visitada.</source>
        <translation>Visits / accounts attempted: how many visits each visited account got on average.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="15"/>
        <source>Contactos / visitas: visitas en que se habló con el titular o con un tercero.</source>
        <translation>Contacts / visits: visits where the agent spoke with the debtor or a third party.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="17"/>
        <source>Contactos con el titular / contactos: cuántos contactos fueron con el titular de la deuda.</source>
        <translation>Right-party contacts / contacts: how many contacts were with the debtor in person.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="19"/>
        <source>Promesas / contactos con el titular: cuántas conversaciones con el titular terminaron en promesa de pago.</source>
        <translation>Promises / right-party contacts: how many conversations with the debtor ended in a promise to pay.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="22"/>
        <source>Promesas cumplidas / promesas vencidas: una promesa vence en la fecha pactada más los días de gracia y se cumple si los pagos de la cuenta desde la visita hasta entonces suman lo prometido.</source>
        <translation>Promises kept / promises matured: a promise matures on its due date plus the grace days, and is kept when the account&apos;s payments from the visit until then add up to the amount promised.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="26"/>
        <source>Suma de los montos prometidos en las visitas del periodo.</source>
        <translation>Sum of the amounts promised in the period&apos;s visits.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="28"/>
        <source>Suma de los pagos fechados en el periodo sobre las cuentas del grupo.</source>
        <translation>Sum of the payments dated in the period on the group&apos;s accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="30"/>
        <source>Cuentas distintas asignadas al gestor (o a los gestores) en algún momento del periodo.</source>
        <translation>Distinct accounts assigned to the agent (or agents) at any moment of the period.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="32"/>
        <source>Cuentas distintas visitadas en el periodo.</source>
        <translation>Distinct accounts visited in the period.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="34"/>
        <source>Cuentas distintas con al menos un contacto en el periodo.</source>
        <translation>Distinct accounts with at least one contact in the period.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="36"/>
        <source>Visitas iniciadas en el periodo (día local); una visita corregida cuenta solo por su última corrección.</source>
        <translation>Visits started in the period (local day); a corrected visit counts only through its latest correction.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="39"/>
        <source>Visitas con contacto con un tercero, contacto con el titular o promesa de pago.</source>
        <translation>Visits with a third-party contact, a right-party contact or a promise to pay.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="41"/>
        <source>Visitas con contacto con el titular, promesas de pago incluidas.</source>
        <translation>Visits with a right-party contact, promises to pay included.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="43"/>
        <source>Visitas con promesa de pago.</source>
        <translation>Visits with a promise to pay.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="44"/>
        <source>Promesas del periodo cuya fecha pactada más los días de gracia ya pasó.</source>
        <translation>The period&apos;s promises whose due date plus the grace days has passed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="46"/>
        <source>Promesas vencidas que los pagos de la cuenta cubrieron a tiempo.</source>
        <translation>Matured promises that the account&apos;s payments covered in time.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="53"/>
        <source>Asignadas</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="53"/>
        <source>Gestionadas</source>
        <translation>Attempted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="54"/>
        <source>Contactadas</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="55"/>
        <source>Titular (RPC)</source>
        <translation>Right party (RPC)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="56"/>
        <source>Promesas (PTP)</source>
        <translation>Promises (PTP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="56"/>
        <source>Cumplidas</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="61"/>
        <source>Lun</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="61"/>
        <source>Mar</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="62"/>
        <source>Mié</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="62"/>
        <source>Jue</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="63"/>
        <source>Vie</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="63"/>
        <source>Sáb</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_texts.py" line="64"/>
        <source>Dom</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="63"/>
        <source>Nombre del informe</source>
        <translation>Report name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="64"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="65"/>
        <source>Ver informe</source>
        <translation>Show report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="69"/>
        <source>Elija las dimensiones y las medidas, y pulse «Ver informe».</source>
        <translation>Choose the dimensions and the measures, then press “Show report”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="132"/>
        <source>Gráfico de</source>
        <translation>Chart of</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="171"/>
        <source>Calculando…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="181"/>
        <source>Informe sin nombre</source>
        <translation>Unnamed report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="182"/>
        <source>%s – %s · hora local (%s) · %d filas</source>
        <translation>%s – %s · local time (%s) · %d rows</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="202"/>
        <source> · +%d series fuera del gráfico (ver la tabla)</source>
        <translation> · +%d series not in the chart (see the table)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="241"/>
        <source>Guardado como «%s».</source>
        <translation>Saved as “%s”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="249"/>
        <source>Reemplazar informe</source>
        <translation>Replace report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="248"/>
        <source>Ya existe un informe llamado «%s». ¿Reemplazarlo por este?</source>
        <translation>A report named “%s” already exists. Replace it with this one?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="285"/>
        <source>Eliminar informe</source>
        <translation>Delete report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports_page.py" line="286"/>
        <source>¿Eliminar el informe «%s»? Los datos no se borran, solo la definición.</source>
        <translation>Delete the report “%s”? The data stays; only the definition goes.</translation>
    </message>
</context>
<context>
    <name>RevisitDialog</name>
    <message>
        <location filename="../../desktop/views/revisit_dialog.py" line="28"/>
        <source>Reasignar para revisita</source>
        <translation>Reassign for a revisit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revisit_dialog.py" line="33"/>
        <source>… y %d más</source>
        <translation>… and %d more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revisit_dialog.py" line="34"/>
        <source>%d cuenta(s) pasarán al gestor elegido, que las verá en su próxima sincronización, marcadas para revisita:</source>
        <translation>%d account(s) will go to the chosen agent, who will see them at the next sync, marked for a revisit:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revisit_dialog.py" line="45"/>
        <source>Reasignar</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revisit_dialog.py" line="47"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revisit_dialog.py" line="51"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revisit_dialog.py" line="58"/>
        <source>No hay gestores activos a quienes reasignar.</source>
        <translation>There are no active agents to reassign to.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revisit_dialog.py" line="79"/>
        <source>No se pudo reasignar: %s</source>
        <translation>Could not reassign: %s</translation>
    </message>
</context>
<context>
    <name>RoutePlan</name>
    <message>
        <location filename="../../desktop/views/map_plan.py" line="19"/>
        <source>%d h %02d min</source>
        <translation>%d h %02d min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/map_plan.py" line="20"/>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
</context>
<context>
    <name>RoutePlanPanel</name>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="56"/>
        <source>Planificar rutas</source>
        <translation>Plan routes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="57"/>
        <source>Ordena las visitas del día de cada gestor; los teléfonos reciben el orden en su próxima sincronización.</source>
        <translation>Orders each agent&apos;s visits of the day; the phones get the order on their next sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="62"/>
        <source>Sin ruta planificada.</source>
        <translation>No route planned.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="72"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="73"/>
        <source>Día</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="167"/>
        <source>%s — %d paradas · %s km · %s</source>
        <translation>%s — %d stops · %s km · %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="174"/>
        <source>Todas las rutas del día: %d gestores · %d paradas · %s km · %s</source>
        <translation>All of the day’s routes: %d agents · %d stops · %s km · %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="183"/>
        <source>Planificando las rutas…</source>
        <translation>Planning the routes…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="197"/>
        <source>Sin ruta planificada para este día.</source>
        <translation>No route planned for this day.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="199"/>
        <source>%d paradas · %s km · %s estimados (viaje y visitas)</source>
        <translation>%d stops · %s km · %s estimated (travel and visits)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/route_plan_panel.py" line="205"/>
        <source>No se pudo planificar: %s</source>
        <translation>Could not plan: %s</translation>
    </message>
</context>
<context>
    <name>RouteStopsModel</name>
    <message>
        <location filename="../../desktop/models/route_stops_model.py" line="25"/>
        <source>N.º</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/route_stops_model.py" line="25"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/models/route_stops_model.py" line="25"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/route_stops_model.py" line="25"/>
        <source>Prioridad</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/models/route_stops_model.py" line="26"/>
        <source>Llegada</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../desktop/models/route_stops_model.py" line="27"/>
        <source>Visita de campo</source>
        <translation>Field visit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/route_stops_model.py" line="27"/>
        <source>Oferta de convenio</source>
        <translation>Payment agreement offer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/route_stops_model.py" line="28"/>
        <source>Recordatorio o escalamiento</source>
        <translation>Reminder or escalation</translation>
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
    <name>RulesEditor</name>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="37"/>
        <source>Reglas de la matriz</source>
        <translation>Matrix rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="44"/>
        <source>Desde esta probabilidad de pago en 30 días una cuenta es «probable que pague»</source>
        <translation>From this probability of payment within 30 days an account is “likely to pay”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="49"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="50"/>
        <source>Hasta estos minutos de gestor esperados (viajes × intentos) una cuenta es «barata de cobrar»</source>
        <translation>Up to these expected agent minutes (trips × attempts) an account is “cheap to collect”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="62"/>
        <source>Guardar como reglas de la sucursal</source>
        <translation>Save as the branch’s rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="63"/>
        <source>La corrida nocturna y «Recalcular» usarán estas reglas</source>
        <translation>The nightly run and “Recalculate” will use these rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="73"/>
        <source>Probabilidad: de que la cuenta registre algún pago en los próximos 30 días. Costo: minutos de gestor esperados hasta hablar con el titular = intentos esperados × (ida y vuelta desde el centro de la zona de su gestor + la visita). Una cuenta sin ubicación cuenta como costosa: primero hay que verificar la dirección.</source>
        <translation>Probability: that the account records some payment in the next 30 days. Cost: expected agent minutes until speaking with the debtor = expected attempts × (round trip from the centre of its agent’s zone + the visit). An account without a location counts as costly: its address needs checking first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="81"/>
        <source>Probable que pague desde</source>
        <translation>Likely to pay from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="82"/>
        <source>Barato de cobrar hasta</source>
        <translation>Cheap to collect up to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="83"/>
        <source>Probable y barato</source>
        <translation>Likely and cheap</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="83"/>
        <source>Probable y costoso</source>
        <translation>Likely and costly</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="84"/>
        <source>Poco probable y barato</source>
        <translation>Unlikely and cheap</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_rules.py" line="85"/>
        <source>Poco probable y costoso</source>
        <translation>Unlikely and costly</translation>
    </message>
</context>
<context>
    <name>RunComparisonView</name>
    <message>
        <location filename="../../desktop/views/run_history.py" line="63"/>
        <source>Elija una corrida anterior para ver qué pasó después.</source>
        <translation>Choose an earlier run to see what happened next.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="70"/>
        <source>Corrida a evaluar:</source>
        <translation>Run to evaluate:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="85"/>
        <source>%s (anterior)</source>
        <translation>%s (earlier)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="86"/>
        <source>%s (esta misma corrida)</source>
        <translation>%s (this same run)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="93"/>
        <source>Leyendo…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="101"/>
        <source>La corrida del %s es de hoy: aún no hay pagos que comparar.</source>
        <translation>The run of %s is today’s: there are no payments to compare yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="103"/>
        <source>30 días completos</source>
        <translation>all 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="104"/>
        <source>%d de 30 días observados hasta hoy</source>
        <translation>%d of 30 days observed so far</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="105"/>
        <source> AUC real: %s.</source>
        <translation> Actual AUC: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="107"/>
        <source>Corrida del %s (%s): se predijo que pagaría el %s de las %s cuentas; pagó el %s.%s</source>
        <translation>Run of %s (%s): it predicted %s of the %s accounts would pay; %s paid.%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="114"/>
        <source>Hasta la corrida #%d: %s cuentas en ambas; la probabilidad media cambió %s puntos, %s cuentas subieron más de 5 puntos y %s bajaron; %s cambiaron de celda.</source>
        <translation>Up to run #%d: %s accounts in both; the mean probability changed by %s points, %s accounts rose by more than 5 points and %s fell; %s changed cell.</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <location filename="../../desktop/views/run_history.py" line="19"/>
        <source>modelo</source>
        <translation>model</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="20"/>
        <source>a priori</source>
        <translation>prior</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="21"/>
        <source>nocturna</source>
        <translation>nightly</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="22"/>
        <source>consola</source>
        <translation>console</translation>
    </message>
    <message>
        <location filename="../../desktop/views/run_history.py" line="23"/>
        <source>manual</source>
        <translation>manual</translation>
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
    <name>SavedReportsBox</name>
    <message>
        <location filename="../../desktop/views/report_saved.py" line="23"/>
        <source>Informes guardados</source>
        <translation>Saved reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_saved.py" line="26"/>
        <source>Doble clic: abrir · F2: cambiar el nombre</source>
        <translation>Double click: open · F2: rename</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_saved.py" line="31"/>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_saved.py" line="32"/>
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/report_saved.py" line="61"/>
        <source>Guardado el %s</source>
        <translation>Saved on %s</translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="103"/>
        <source>Cuota</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="103"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="103"/>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="105"/>
        <source>Penalidad</source>
        <translation>Penalty</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="105"/>
        <source>Pagado</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="105"/>
        <source>Pagada el</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="105"/>
        <source>Debe</source>
        <translation>Owes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="106"/>
        <source>Días de atraso</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desktop/models/agreements_model.py" line="120"/>
        <source>Inicial</source>
        <translation>Down payment</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="27"/>
        <source>Referencia</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="27"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="27"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="27"/>
        <source>Mora (días)</source>
        <translation>Past due (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="28"/>
        <source>Prob. pago</source>
        <translation>Pay prob.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="28"/>
        <source>Por qué (factores principales)</source>
        <translation>Why (top factors)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="28"/>
        <source>Costo (min)</source>
        <translation>Cost (min)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="29"/>
        <source>Acción</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="29"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scores_model.py" line="92"/>
        <source>sin ubicación</source>
        <translation>no location</translation>
    </message>
</context>
<context>
    <name>ScoringWords</name>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="19"/>
        <source>Visita en campo primero</source>
        <translation>Field visit first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="20"/>
        <source>Solo recordatorio</source>
        <translation>Reminder only</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="21"/>
        <source>Ofrecer acuerdo de pago</source>
        <translation>Offer a payment agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="22"/>
        <source>Escalar</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="29"/>
        <source>Vale la pena la visita y es probable que pague</source>
        <translation>The visit is worth it and they will likely pay</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="30"/>
        <source>Probablemente paga igual: no gastar tiempo de campo</source>
        <translation>They will likely pay anyway: spend no field time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="31"/>
        <source>La visita es barata: intentar convertirlo</source>
        <translation>A visit is cheap: try to convert them</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="32"/>
        <source>Jurídico, agencia externa o revisión de castigo</source>
        <translation>Legal, an outside agency or a write-off review</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="39"/>
        <source>Días de mora</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="40"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="41"/>
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="42"/>
        <source>Contactos</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="43"/>
        <source>Contactos con el titular</source>
        <translation>Contacts with the debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="44"/>
        <source>Promesas cumplidas</source>
        <translation>Promises kept</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="45"/>
        <source>Promesas incumplidas</source>
        <translation>Promises broken</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="46"/>
        <source>Promesas vigentes</source>
        <translation>Open promises</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="47"/>
        <source>Pagos en 90 días</source>
        <translation>Payments in 90 days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="48"/>
        <source>Pagado en 90 días</source>
        <translation>Paid in 90 days</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="49"/>
        <source>Días desde el último contacto</source>
        <translation>Days since the last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="50"/>
        <source>Días desde el último pago</source>
        <translation>Days since the last payment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="51"/>
        <source>Contactos por la mañana</source>
        <translation>Morning contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="52"/>
        <source>Contactos por la tarde</source>
        <translation>Afternoon contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="53"/>
        <source>Contactos por la noche</source>
        <translation>Evening contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="65"/>
        <source>nunca o más de un año</source>
        <translation>never or over a year</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="73"/>
        <source>sube</source>
        <translation>raises</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="75"/>
        <source>baja</source>
        <translation>lowers</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="99"/>
        <source>Modelo: regresión logística aprendida del historial de la sucursal: %d cuentas con 30 días de resultado, de las que %d pagaron.</source>
        <translation>Model: logistic regression learnt from the branch’s history: %d accounts with 30 days of outcome, of which %d paid.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="103"/>
        <source>solo %d cuentas tienen 30 días de historial y el modelo necesita al menos %d</source>
        <translation>only %d accounts have 30 days of history and the model needs at least %d</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="107"/>
        <source>pagaron %d cuentas y no pagaron %d; el modelo necesita al menos %d de cada grupo</source>
        <translation>%d accounts paid and %d did not; the model needs at least %d of each</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="110"/>
        <source>Probabilidad a priori por tramo de mora, no un modelo, porque %s. Cada tramo parte de un valor típico de cobranza ajustado con lo observado en la sucursal.</source>
        <translation>Prior probability by days-past-due bucket, not a model, because %s. Each bucket starts from a typical collections figure, adjusted with what the branch has seen.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="118"/>
        <source>Sin medición en cuentas reservadas (no hay modelo).</source>
        <translation>No measurement on held-out accounts (there is no model).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/scoring_words.py" line="121"/>
        <source>AUC en %d cuentas reservadas: %s (0,5 = azar, 1 = perfecto). Brier: %s (menos es mejor). Entrenado con %d cuentas.</source>
        <translation>AUC on %d held-out accounts: %s (0.5 = chance, 1 = perfect). Brier: %s (lower is better). Trained on %d accounts.</translation>
    </message>
</context>
<context>
    <name>SecurityLabels</name>
    <message>
        <location filename="../../desktop/security_labels.py" line="19"/>
        <source>administrador</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="20"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="21"/>
        <source>consulta</source>
        <translation>viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="27"/>
        <source>sin rol</source>
        <translation>no role</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="33"/>
        <source>vincular dispositivos</source>
        <translation>pairing devices</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="34"/>
        <source>revocar dispositivos</source>
        <translation>revoking devices</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="35"/>
        <source>agregar ni modificar gestores</source>
        <translation>adding or changing agents</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="36"/>
        <source>importar la cartera</source>
        <translation>importing the portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="37"/>
        <source>asignar cuentas</source>
        <translation>assigning accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="38"/>
        <source>importar pagos</source>
        <translation>importing payments</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="39"/>
        <source>modificar cuestionarios</source>
        <translation>changing questionnaires</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="40"/>
        <source>publicar cuestionarios</source>
        <translation>publishing questionnaires</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="41"/>
        <source>crear ni modificar convenios</source>
        <translation>creating or changing agreements</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="42"/>
        <source>exportar datos</source>
        <translation>exporting data</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="43"/>
        <source>marcar alertas como vistas</source>
        <translation>marking alerts as seen</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="44"/>
        <source>cambiar la configuración de la sucursal</source>
        <translation>changing the branch&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="45"/>
        <source>cambiar la configuración del servidor</source>
        <translation>changing the server&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="46"/>
        <source>administrar usuarios</source>
        <translation>managing users</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="47"/>
        <source>cambiar las reglas de estrategia ni recalcular la puntuación</source>
        <translation>changing the strategy rules or recalculating the scores</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="48"/>
        <source>guardar, renombrar ni eliminar informes</source>
        <translation>saving, renaming or deleting reports</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="49"/>
        <source>cambiar la configuración de correo</source>
        <translation>changing the e-mail settings</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="56"/>
        <source>Su rol (%s) no permite %s.</source>
        <translation>Your role (%s) does not allow %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="62"/>
        <source>Código de vinculación creado</source>
        <translation>Pairing code created</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="63"/>
        <source>Dispositivo vinculado</source>
        <translation>Device paired</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="64"/>
        <source>Dispositivo revocado</source>
        <translation>Device revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="65"/>
        <source>Gestor agregado</source>
        <translation>Agent added</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="66"/>
        <source>Gestor modificado</source>
        <translation>Agent changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="67"/>
        <source>Gestor desactivado</source>
        <translation>Agent deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="68"/>
        <source>Gestor activado</source>
        <translation>Agent activated</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="69"/>
        <source>Cartera importada</source>
        <translation>Portfolio imported</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="70"/>
        <source>Cuestionario asignado a cuentas</source>
        <translation>Questionnaire given to accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="71"/>
        <source>Cuentas asignadas a gestores</source>
        <translation>Accounts assigned to agents</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="72"/>
        <source>Pagos importados</source>
        <translation>Payments imported</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="73"/>
        <source>Cuestionario publicado</source>
        <translation>Questionnaire published</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="74"/>
        <source>Configuración de la sucursal cambiada</source>
        <translation>Branch settings changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="75"/>
        <source>Configuración del servidor cambiada</source>
        <translation>Server settings changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="76"/>
        <source>Usuario creado</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="77"/>
        <source>Usuario modificado</source>
        <translation>User changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="78"/>
        <source>Usuario desactivado</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="79"/>
        <source>Usuario activado</source>
        <translation>User activated</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="80"/>
        <source>Contraseña cambiada</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="81"/>
        <source>Contraseña restablecida</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="82"/>
        <source>Inicio de sesión</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="83"/>
        <source>Inicio de sesión fallido</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="84"/>
        <source>Auditoría exportada</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="85"/>
        <source>Datos exportados</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="86"/>
        <source>Alertas marcadas como vistas</source>
        <translation>Alerts marked as seen</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="87"/>
        <source>Convenio creado</source>
        <translation>Agreement created</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="88"/>
        <source>Convenio modificado</source>
        <translation>Agreement changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="89"/>
        <source>Convenios recalculados</source>
        <translation>Agreements recalculated</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="90"/>
        <source>Plantilla y datos de convenios cambiados</source>
        <translation>Agreement template and company data changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="91"/>
        <source>Configuración de correo cambiada</source>
        <translation>E-mail settings changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="92"/>
        <source>Reglas de estrategia cambiadas</source>
        <translation>Strategy rules changed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="93"/>
        <source>Códigos de vinculación anulados</source>
        <translation>Pairing codes cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="94"/>
        <source>Informe guardado</source>
        <translation>Report saved</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="95"/>
        <source>Informe renombrado</source>
        <translation>Report renamed</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="96"/>
        <source>Informe eliminado</source>
        <translation>Report deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="104"/>
        <source>gestor</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="105"/>
        <source>dispositivo</source>
        <translation>device</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="106"/>
        <source>usuario</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="107"/>
        <location filename="../../desktop/security_labels.py" line="127"/>
        <source>cuestionario</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="108"/>
        <source>sucursal</source>
        <translation>branch</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="109"/>
        <source>archivo</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="110"/>
        <source>esta computadora</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="111"/>
        <source>convenio</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="112"/>
        <source>informe</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="113"/>
        <source>alerta</source>
        <translation>alert</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="114"/>
        <source>alertas</source>
        <translation>alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="121"/>
        <source>visitas</source>
        <translation>visits</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="122"/>
        <source>tabla de indicadores</source>
        <translation>KPI table</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="123"/>
        <source>informe PDF de indicadores</source>
        <translation>KPI PDF report</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="124"/>
        <source>informe personalizado</source>
        <translation>custom report</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="125"/>
        <source>convenio en PDF</source>
        <translation>agreement PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="126"/>
        <source>indicadores (campo-server)</source>
        <translation>KPIs (campo-server)</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="134"/>
        <source>Oficina</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="134"/>
        <source>Dispositivo</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="140"/>
        <source>La contraseña debe tener al menos %d caracteres.</source>
        <translation>The password must have at least %d characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="141"/>
        <source>La contraseña es demasiado larga.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="142"/>
        <source>La contraseña no puede ser igual al usuario.</source>
        <translation>The password cannot be the user name.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="143"/>
        <source>El usuario debe tener de 2 a 64 letras sin tildes, números, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; o &apos;@&apos;, y empezar por una letra o un número.</source>
        <translation>The user name must have 2 to 64 unaccented letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, and start with a letter or a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="145"/>
        <source>Ese nombre de usuario está reservado para Campo; elija otro.</source>
        <translation>That user name is reserved for Campo; choose another one.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="146"/>
        <source>Ya hay un usuario con ese nombre; elija otro.</source>
        <translation>There is already a user with that name; choose another one.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="147"/>
        <source>Escriba el nombre de la persona.</source>
        <translation>Type the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="148"/>
        <source>El nombre tiene más de 200 caracteres.</source>
        <translation>The name is longer than 200 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="149"/>
        <source>Elija un rol de la lista.</source>
        <translation>Choose a role from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="150"/>
        <source>El primer usuario debe ser administrador: será quien pueda crear a los demás.</source>
        <translation>The first user must be an administrator: they will be the one who can create the others.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="151"/>
        <source>Es el último administrador activo: antes de quitarle el rol o desactivarlo, haga administrador a otro usuario.</source>
        <translation>This is the last active administrator: before taking the role away or deactivating them, make another user an administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="153"/>
        <source>Ese usuario ya no existe; cierre y vuelva a abrir la lista.</source>
        <translation>That user no longer exists; close and open the list again.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="154"/>
        <source>La contraseña actual no es correcta.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <location filename="../../desktop/security_labels.py" line="164"/>
        <source>Las dos contraseñas no coinciden.</source>
        <translation>The two passwords do not match.</translation>
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
        <location filename="../../desktop/views/settings_dialog.py" line="83"/>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="92"/>
        <source>Sucursal (se aplica de inmediato a todos los dispositivos)</source>
        <translation>Branch (applies at once to every device)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="94"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="95"/>
        <source>Zona horaria</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="96"/>
        <source>Radio de geocerca por defecto</source>
        <translation>Default geofence radius</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="97"/>
        <source>Límite de precisión del GPS</source>
        <translation>GPS accuracy limit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="101"/>
        <source>cualquiera libre</source>
        <translation>any free one</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="102"/>
        <source>Anunciar el servidor en la red local</source>
        <translation>Announce the server on the local network</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="104"/>
        <source>https://cobranza.ejemplo.com:8750 (si hay un router o proxy)</source>
        <translation>https://collections.example.com:8750 (behind a router or proxy)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="105"/>
        <source>Cifrar con HTTPS (los teléfonos fijan el certificado al emparejarse)</source>
        <translation>Encrypt with HTTPS (phones pin the certificate when they pair)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="109"/>
        <source>Español</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="110"/>
        <source>Inglés</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="111"/>
        <source>Esta computadora</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="116"/>
        <source>Puerto del servidor</source>
        <translation>Server port</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="117"/>
        <source>Descubrimiento</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="118"/>
        <source>Dirección pública</source>
        <translation>Public address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="119"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="121"/>
        <source>Servidor de mosaicos del mapa</source>
        <translation>Map tile server</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="122"/>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="123"/>
        <source>El puerto, el descubrimiento, la dirección pública, HTTPS y el idioma se aplican la próxima vez que abra Campo.</source>
        <translation>The port, discovery, public address, HTTPS and language apply the next time you open Campo.</translation>
    </message>
    <message>
        <source>El puerto, el descubrimiento y el idioma se aplican la próxima vez que abra Campo.</source>
        <translation type="vanished">The port, discovery and language apply the next time you open Campo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="134"/>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="135"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="186"/>
        <source>No se pudo leer la configuración de la sucursal: %s</source>
        <translation>Could not read the branch settings: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="206"/>
        <source>La dirección de los mosaicos debe empezar por http:// o https:// y contener {z}, {x} y {y}, por ejemplo %s</source>
        <translation>The tile address must start with http:// or https:// and contain {z}, {x} and {y}, for example %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="210"/>
        <source>La dirección pública debe empezar por http:// o https://, por ejemplo https://cobranza.ejemplo.com:8750</source>
        <translation>The public address must start with http:// or https://, for example https://collections.example.com:8750</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="217"/>
        <source>Escriba el nombre de la sucursal (hasta 200 caracteres).</source>
        <translation>Type the branch name (up to 200 characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="219"/>
        <source>«%s» no es una zona horaria conocida; elija una de la lista, por ejemplo America/Bogota.</source>
        <translation>“%s” is not a known time zone; choose one from the list, for example America/Bogota.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="222"/>
        <source>El radio de geocerca debe estar entre %d y %d m.</source>
        <translation>The geofence radius must be between %d and %d m.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="224"/>
        <source>El límite de precisión debe estar entre %d y %d m.</source>
        <translation>The accuracy limit must be between %d and %d m.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="296"/>
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
    <name>StrategyAssignment</name>
    <message>
        <location filename="../../desktop/views/strategy_assign.py" line="41"/>
        <source>Dar las cuentas de la celda (o las filas seleccionadas) a un gestor</source>
        <translation>Give the cell’s accounts (or the selected rows) to an agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_assign.py" line="53"/>
        <source>%s cuentas de la celda «%s» (corrida #%d), saldo total %s.</source>
        <translation>%s accounts of the “%s” cell (run #%d), total balance %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_assign.py" line="72"/>
        <source>%s cuentas cambiaron de gestor; %s ya lo tenían.</source>
        <translation>%s accounts changed agent; %s already had that agent.</translation>
    </message>
</context>
<context>
    <name>StrategyMatrix</name>
    <message>
        <location filename="../../desktop/views/strategy_matrix.py" line="105"/>
        <source>Probable que pague
(≥ %s)</source>
        <translation>Likely to pay
(≥ %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_matrix.py" line="106"/>
        <source>Poco probable
(&lt; %s)</source>
        <translation>Unlikely to pay
(&lt; %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_matrix.py" line="107"/>
        <source>Barato de cobrar (≤ %s min)</source>
        <translation>Cheap to collect (≤ %s min)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_matrix.py" line="108"/>
        <source>Costoso (&gt; %s min o sin ubicación)</source>
        <translation>Costly (&gt; %s min or no location)</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="89"/>
        <location filename="../../desktop/views/strategy_page.py" line="247"/>
        <source>Recalcular</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="90"/>
        <source>Ajustar el modelo con el historial de hoy y puntuar toda la cartera con las reglas en pantalla</source>
        <translation>Fit the model on today’s history and score the whole portfolio with the rules on screen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="97"/>
        <source>Cargando corridas…</source>
        <translation>Loading runs…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="100"/>
        <source>Corrida:</source>
        <translation>Run:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="117"/>
        <source>Reglas</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="118"/>
        <source>Tramos de mora</source>
        <translation>Days-past-due buckets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="119"/>
        <source>Modelo</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="120"/>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="126"/>
        <source>Matriz de estrategia: probabilidad de pago × costo de cobro</source>
        <translation>Strategy matrix: payment probability × cost to collect</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="167"/>
        <source>Aún no hay corridas: pulse «Recalcular» para puntuar la cartera.</source>
        <translation>No runs yet: press “Recalculate” to score the portfolio.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="185"/>
        <source>Leyendo la corrida #%d…</source>
        <translation>Reading run #%d…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="201"/>
        <source>%s cuentas activas puntuadas al %s · calculada el %s</source>
        <translation>%s active accounts scored as of %s · computed %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="210"/>
        <source>No se pudo completar: %s</source>
        <translation>Could not finish: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="223"/>
        <source>Cuentas y saldos de la corrida #%d con sus reglas.</source>
        <translation>Accounts and balances of run #%d under its rules.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="226"/>
        <source>Recuento con las reglas en pantalla; la corrida #%d usó otras. «Recalcular» guarda una corrida con ellas y «Guardar» las deja para la corrida nocturna.</source>
        <translation>Recounted with the rules on screen; run #%d used others. “Recalculate” stores a run with them and “Save” keeps them for the nightly run.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="247"/>
        <source>Calculando…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="256"/>
        <source>Ajustando el modelo y puntuando la cartera…</source>
        <translation>Fitting the model and scoring the portfolio…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/strategy_page.py" line="269"/>
        <source>Reglas guardadas: la corrida nocturna y «Recalcular» las usarán.</source>
        <translation>Rules saved: the nightly run and “Recalculate” will use them.</translation>
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
        <source>Las dos contraseñas no coinciden.</source>
        <translation type="vanished">The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/user_dialog.py" line="127"/>
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
        <location filename="../../desktop/models/users_model.py" line="29"/>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="29"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="29"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="29"/>
        <source>Estado</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="30"/>
        <source>Último ingreso</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="35"/>
        <source>Inactivo</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="37"/>
        <source>Bloqueado hasta las %s</source>
        <translation>Locked until %s</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="38"/>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/models/users_model.py" line="58"/>
        <source>nunca</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>VersionsBar</name>
    <message>
        <location filename="../../desktop/views/designer_versions.py" line="23"/>
        <source>Editar desde esta versión</source>
        <translation>Edit from this version</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_versions.py" line="24"/>
        <source>Reemplaza el borrador por esa versión (se puede deshacer)</source>
        <translation>Replaces the draft with that version (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_versions.py" line="28"/>
        <source>Versiones:</source>
        <translation>Versions:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_versions.py" line="39"/>
        <source>v%d — %s</source>
        <translation>v%d — %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/designer_versions.py" line="41"/>
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
    <name>VisitsExport</name>
    <message>
        <source>Exportar…</source>
        <translation type="vanished">Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="26"/>
        <source>Las visitas del filtro actual en Excel o CSV</source>
        <translation>The visits of the current filter as Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="31"/>
        <source>Inicio</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="31"/>
        <source>Gestor</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="32"/>
        <source>Nombre del gestor</source>
        <translation>Agent name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="32"/>
        <source>Cuenta</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="33"/>
        <source>Deudor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="33"/>
        <source>Resultado</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="34"/>
        <source>Monto prometido</source>
        <translation>Amount promised</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="34"/>
        <source>Vence</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="35"/>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="35"/>
        <source>Geocerca</source>
        <translation>Geofence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="36"/>
        <source>Distancia (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="36"/>
        <source>Alertas</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="37"/>
        <source>Corrige a</source>
        <translation>Corrects</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="37"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="38"/>
        <source>Recibida</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="42"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="42"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="44"/>
        <source>Exportar visitas</source>
        <translation>Export visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="27"/>
        <location filename="../../desktop/views/visits_export.py" line="58"/>
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="84"/>
        <source>%d visitas exportadas a:
%s</source>
        <translation>%d visits exported to:
%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_export.py" line="86"/>
        <source>Solo las %d más recientes: acote las fechas para exportar las demás.</source>
        <translation>Only the %d most recent: narrow the dates to export the rest.</translation>
    </message>
    <message>
        <source>No se pudo exportar: %s</source>
        <translation type="vanished">Could not export: %s</translation>
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
        <location filename="../../desktop/views/visits_page.py" line="105"/>
        <location filename="../../desktop/views/visits_page.py" line="257"/>
        <source>Todos los gestores</source>
        <translation>All agents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="107"/>
        <source>Todos los resultados</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="111"/>
        <source>Toda geocerca</source>
        <translation>Any geofence verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="114"/>
        <source>Solo con alertas</source>
        <translation>Flagged only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="118"/>
        <source>Avisar cada visita</source>
        <translation>Notify each visit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="128"/>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="128"/>
        <source>Hasta</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="137"/>
        <location filename="../../desktop/views/visits_page.py" line="222"/>
        <source>Cargando visitas…</source>
        <translation>Loading visits…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="154"/>
        <source>Nuevo convenio…</source>
        <translation>New agreement…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="155"/>
        <source>Un convenio de pago a partir de la promesa de esta visita</source>
        <translation>A payment agreement from this visit&apos;s promise</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="251"/>
        <source>No se pudieron leer las visitas: %s</source>
        <translation>Could not read the visits: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="265"/>
        <source>%d de %d visitas</source>
        <translation>%d of %d visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="267"/>
        <source> (solo las %d más recientes: acote las fechas para ver las demás)</source>
        <translation> (only the %d most recent: narrow the dates to see the rest)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/visits_page.py" line="297"/>
        <source>Visita de %s</source>
        <translation>Visit by %s</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/views/pages.py" line="41"/>
        <source>Mapa</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="53"/>
        <source>Visitas</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="54"/>
        <source>Gestores y dispositivos</source>
        <translation>Agents and devices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="55"/>
        <source>Cartera</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="56"/>
        <source>Estrategia</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="58"/>
        <source>Promesas</source>
        <translation>Promises</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="59"/>
        <source>Convenios</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="60"/>
        <source>Cuestionarios</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="61"/>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="63"/>
        <source>Informes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="66"/>
        <source>Detalles</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="75"/>
        <source>Rutas del día</source>
        <translation>Day&apos;s routes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="103"/>
        <source>Configuración…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="107"/>
        <source>Correo…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="102"/>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pages.py" line="110"/>
        <source>Recordatorios a deudores…</source>
        <translation>Reminders to debtors…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alerts_badge.py" line="73"/>
        <location filename="../../desktop/views/alerts_badge.py" line="92"/>
        <source>Alertas</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alerts_badge.py" line="73"/>
        <source>Alertas (%d)</source>
        <translation>Alerts (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/alerts_badge.py" line="74"/>
        <source>Alertas abiertas: %d</source>
        <translation>Open alerts: %d</translation>
    </message>
</context>
</TS>
