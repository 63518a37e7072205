<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>@default</name>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="57"/>
        <source>The Vantage Processing algorithms are not available: {error}</source>
        <translation>Los algoritmos de Processing de Vantage no están disponibles: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="243"/>
        <source>Vantage for QGIS</source>
        <translation>Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="196"/>
        <source>Vantage EUDR check</source>
        <translation>Verificación EUDR de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="89"/>
        <source>Show or hide the Vantage panel: validate and check plots for the EUDR</source>
        <translation>Mostrar u ocultar el panel de Vantage: validar y verificar parcelas para el EUDR</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="93"/>
        <source>Vantage settings…</source>
        <translation>Configuración de Vantage…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="97"/>
        <source>&amp;Vantage for QGIS</source>
        <translation>&amp;Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="174"/>
        <source>The Vantage panel could not be opened: {error}</source>
        <translation>No se pudo abrir el panel de Vantage: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="31"/>
        <source>analysed</source>
        <translation>analizada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="32"/>
        <source>analysed, data missing</source>
        <translation>analizada, faltan datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="33"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="34"/>
        <source>invalid (not analysed)</source>
        <translation>inválida (no analizada)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="35"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="36"/>
        <source>simulated (dry run)</source>
        <translation>simulada (prueba)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="46"/>
        <source>{plots} plots</source>
        <translation>{plots} parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="69"/>
        <source>Vantage check summary</source>
        <translation>Resumen de la verificación de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="74"/>
        <source>Dry run: these values are simulated placeholders, not real results.</source>
        <translation>Prueba: estos valores son simulados, no son resultados reales.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="79"/>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="231"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="84"/>
        <source>By risk level</source>
        <translation>Por nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="90"/>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="93"/>
        <source>Total area: {area} ha. Deforestation after 2020: {deforestation} ha.</source>
        <translation>Superficie total: {area} ha. Deforestación después de 2020: {deforestation} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="103"/>
        <source>Run: {engine}, {status}</source>
        <translation>Ejecución: {engine}, {status}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="116"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="19"/>
        <source>Spend Vantage tokens?</source>
        <translation>¿Gastar tokens de Vantage?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="26"/>
        <source>This check sends {plots} plots to the Vantage API and costs {cost} tokens.</source>
        <translation>Esta verificación envía {plots} parcelas a la API de Vantage y cuesta {cost} tokens.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="35"/>
        <source>Your free token balance is unknown.</source>
        <translation>Se desconoce su saldo de tokens disponibles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="37"/>
        <source>You have {free} free tokens; {left} would be left.</source>
        <translation>Tiene {free} tokens disponibles; le quedarían {left}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="45"/>
        <source>You do not have enough free tokens for this job.</source>
        <translation>No tiene suficientes tokens disponibles para este trabajo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="49"/>
        <source>Tokens reserved for plots that fail are returned. A dry run costs nothing.</source>
        <translation>Los tokens reservados para las parcelas que fallan se devuelven. Una prueba no cuesta nada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="55"/>
        <source>Spend {cost} tokens</source>
        <translation>Gastar {cost} tokens</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="89"/>
        <source>Wood</source>
        <translation>Madera</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="90"/>
        <source>Soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="91"/>
        <source>Cocoa</source>
        <translation>Cacao</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="92"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="93"/>
        <source>Palm oil</source>
        <translation>Aceite de palma</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="94"/>
        <source>Cattle (beef)</source>
        <translation>Ganado bovino (carne)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="95"/>
        <source>Rubber</source>
        <translation>Caucho</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="106"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="106"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="242"/>
        <source>A vector layer of plots: polygons or points, any CRS</source>
        <translation>Una capa vectorial de parcelas: polígonos o puntos, cualquier SRC</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="297"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Selected features only</source>
        <translation>Solo objetos seleccionados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="299"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="253"/>
        <source>Plot id</source>
        <translation>Id. de parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="254"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="374"/>
        <source>Commodity</source>
        <translation>Materia prima</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="386"/>
        <source>Harvest date</source>
        <translation>Fecha de cosecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="257"/>
        <source>Point area (ha)</source>
        <translation>Superficie del punto (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="272"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="273"/>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="274"/>
        <source>API jobs</source>
        <translation>Trabajos API</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="285"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="303"/>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="305"/>
        <source>Check every plot against the EUDR and Vantage geometry rules</source>
        <translation>Verificar cada parcela según las reglas de geometría del EUDR y de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="307"/>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="309"/>
        <source>Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)</source>
        <translation>Aplicar las correcciones seguras y escribir las parcelas corregidas en un nuevo GeoPackage (su capa no se modifica)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="749"/>
        <source>Validate the layer to list its problems.</source>
        <translation>Valide la capa para listar sus problemas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="327"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="327"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="327"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="327"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="358"/>
        <source>Bundled (offline)</source>
        <translation>Integrado (sin conexión)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="49"/>
        <source>Vantage API</source>
        <translation>API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="363"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="367"/>
        <source>From the field</source>
        <translation>Del campo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="373"/>
        <source>Used for plots whose commodity field is empty</source>
        <translation>Se usa para las parcelas cuyo campo de materia prima está vacío</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="379"/>
        <source>From the date field</source>
        <translation>Del campo de fecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="383"/>
        <source>Used for plots whose harvest date field is empty; the analysis runs up to this date</source>
        <translation>Se usa para las parcelas cuyo campo de fecha de cosecha está vacío; el análisis llega hasta esta fecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="863"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="392"/>
        <source>Save the results as</source>
        <translation>Guardar los resultados como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="393"/>
        <source>The results are written to this GeoPackage</source>
        <translation>Los resultados se escriben en este GeoPackage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="394"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="405"/>
        <source>Dry run (free)</source>
        <translation>Prueba (gratis)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="407"/>
        <source>A dry run spends no token and returns simulated values, not real results</source>
        <translation>Una prueba no gasta tokens y devuelve valores simulados, no resultados reales</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="578"/>
        <source>Log in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="414"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="416"/>
        <source>Ask the Vantage API for your token balance</source>
        <translation>Consultar su saldo de tokens en la API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="427"/>
        <source>Check plots</source>
        <translation>Verificar parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="431"/>
        <source>Summary…</source>
        <translation>Resumen…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1128"/>
        <source>Your Vantage API jobs, newest first.</source>
        <translation>Sus trabajos de la API de Vantage, los más recientes primero.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="454"/>
        <source>Load jobs</source>
        <translation>Cargar trabajos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="457"/>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="574"/>
        <source>Change login…</source>
        <translation>Cambiar de cuenta…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="576"/>
        <source>Token balance not loaded yet.</source>
        <translation>Saldo de tokens aún no cargado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="579"/>
        <source>Not logged in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="580"/>
        <source>Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check asks before spending tokens.</source>
        <translation>Las parcelas se envían a la API de Vantage de Open Atlas. Una prueba no cuesta nada; una verificación real pide confirmación antes de gastar tokens.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="587"/>
        <source>Offline, with the data of {path}.</source>
        <translation>Sin conexión, con los datos de {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="589"/>
        <source>Offline, with the default data catalog. Choose your forest and loss data in the Vantage settings.</source>
        <translation>Sin conexión, con el catálogo de datos predeterminado. Elija sus datos de bosque y de pérdida en la configuración de Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="135"/>
        <source>Vantage</source>
        <translation>Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="231"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="683"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="690"/>
        <source>A part of the plugin is missing: {error}</source>
        <translation>Falta una parte del complemento: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="691"/>
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="707"/>
        <source>Choose a layer of plots first.</source>
        <translation>Elija primero una capa de parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="711"/>
        <source>No feature is selected in {layer}.</source>
        <translation>No hay ningún objeto seleccionado en {layer}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="722"/>
        <source>The layer has no features.</source>
        <translation>La capa no tiene objetos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="739"/>
        <source>Validating {n} plots…</source>
        <translation>Validando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="819"/>
        <source>A safe fix exists: use Fix…</source>
        <translation>Existe una corrección segura: use Corregir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="784"/>
        <source>No problem found: all {total} plots can be checked.</source>
        <translation>Ningún problema: las {total} parcelas se pueden verificar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="787"/>
        <source>{errors} errors and {warnings} warnings. {ready} of {total} plots can be checked; {blocked} are blocked by errors.</source>
        <translation>{errors} errores y {warnings} advertencias. Se pueden verificar {ready} de {total} parcelas; {blocked} están bloqueadas por errores.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="863"/>
        <source>Save the fixed plots as</source>
        <translation>Guardar las parcelas corregidas como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="879"/>
        <source>Fixing {n} plots…</source>
        <translation>Corrigiendo {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="892"/>
        <source>{layer} (fixed)</source>
        <translation>{layer} (corregida)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="894"/>
        <source>Remaining problems</source>
        <translation>Problemas restantes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="895"/>
        <source>{n} fixes applied; the fixed plots are in a new layer.</source>
        <translation>{n} correcciones aplicadas; las parcelas corregidas están en una nueva capa.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="916"/>
        <source>Choose where to save the results (a GeoPackage).</source>
        <translation>Elija dónde guardar los resultados (un GeoPackage).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="955"/>
        <source>Checking {n} plots…</source>
        <translation>Verificando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="980"/>
        <source>{layer} — Vantage risk</source>
        <translation>{layer} — riesgo Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="142"/>
        <source>Check finished: {summary}</source>
        <translation>Verificación terminada: {summary}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1018"/>
        <source>The output could not be opened: {uri}</source>
        <translation>No se pudo abrir la salida: {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1053"/>
        <source>Log in to use the Vantage API.</source>
        <translation>Inicie sesión para usar la API de Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1085"/>
        <source>Loading the token balance…</source>
        <translation>Cargando el saldo de tokens…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1086"/>
        <source>Vantage token balance</source>
        <translation>Saldo de tokens de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1092"/>
        <source>{free} free tokens</source>
        <translation>{free} tokens disponibles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1094"/>
        <source>(balance {total}, reserved {reserved})</source>
        <translation>(saldo {total}, reservados {reserved})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1104"/>
        <source>Vantage jobs</source>
        <translation>Trabajos de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1114"/>
        <source>, {n} tokens</source>
        <translation>, {n} tokens</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1115"/>
        <source>{when}  {name} — {status}, {plots} plots{cost}</source>
        <translation>{when}  {name} — {status}, {plots} parcelas{cost}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1126"/>
        <source>No job yet.</source>
        <translation>Todavía no hay trabajos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="69"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="56"/>
        <source>Login (auth config)</source>
        <translation>Cuenta (config. de autenticación)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="57"/>
        <source>Dry run by default (no token is spent)</source>
        <translation>Prueba por defecto (no se gastan tokens)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="62"/>
        <source>Bundled offline engine</source>
        <translation>Motor integrado sin conexión</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="470"/>
        <source>Data catalog (*.json)</source>
        <translation>Catálogo de datos (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="76"/>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="81"/>
        <source>Default output folder</source>
        <translation>Carpeta de salida predeterminada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="150"/>
        <source>Vantage settings</source>
        <translation>Configuración de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="52"/>
        <source>Log in to Vantage</source>
        <translation>Iniciar sesión en Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="57"/>
        <source>Use the user name and password Open Atlas gave you. They are kept in the QGIS authentication database, never in plain settings.</source>
        <translation>Use el nombre de usuario y la contraseña que le dio Open Atlas. Se guardan en la base de datos de autenticación de QGIS, nunca en la configuración en texto plano.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="72"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="76"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="88"/>
        <source>Save login</source>
        <translation>Guardar la cuenta</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="103"/>
        <source>The server address must start with https://</source>
        <translation>La dirección del servidor debe empezar por https://</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="106"/>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="42"/>
        <source>Install shapely 2.0 or later (python3-shapely or pip install shapely).</source>
        <translation>Instale shapely 2.0 o posterior (python3-shapely o pip install shapely).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="43"/>
        <source>The plugin could not be loaded: {error}.</source>
        <translation>No se pudo cargar el complemento: {error}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="315"/>
        <source>Show warnings</source>
        <translation>Mostrar advertencias</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="796"/>
        <source>Validation finished.</source>
        <translation>Validación terminada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="658"/>
        <source>No job was started and no token was spent.</source>
        <translation>No se inició ningún trabajo y no se gastó ningún token.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="44"/>
        <source>{what} is not available in this installation of Vantage for QGIS ({error}).</source>
        <translation>{what}: no disponible en esta instalación de Vantage para QGIS ({error}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="30"/>
        <source>The Vantage API client</source>
        <translation>El cliente de la API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="41"/>
        <source>No Vantage account is set up: log in from the Vantage panel or its settings first.</source>
        <translation>No hay ninguna cuenta de Vantage configurada: primero inicie sesión desde el panel de Vantage o su configuración.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="117"/>
        <source>blocked by validation</source>
        <translation>bloqueadas por la validación</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="119"/>
        <source>still running at the Vantage API</source>
        <translation>aún en curso en la API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="121"/>
        <source>cancelled</source>
        <translation>análisis cancelado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="121"/>
        <source>analysis failed</source>
        <translation>el análisis falló</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="123"/>
        <source>no loss-year data configured</source>
        <translation>no hay datos de año de pérdida configurados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="125"/>
        <source>forest 2020 data unreadable</source>
        <translation>datos de bosque 2020 ilegibles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="127"/>
        <source>loss-year data unreadable</source>
        <translation>datos de año de pérdida ilegibles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="129"/>
        <source>only partly covered by the data</source>
        <translation>cubiertas solo en parte por los datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="131"/>
        <source>outside the data</source>
        <translation>fuera de la cobertura de los datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="132"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="163"/>
        <source>no risk level</source>
        <translation>sin nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="166"/>
        <source>Check finished: no plot was checked.</source>
        <translation>Verificación terminada: no se verificó ninguna parcela.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="172"/>
        <source>Check finished, but no plot could be assessed: {why}.</source>
        <translation>Verificación terminada, pero no se pudo evaluar ninguna parcela: {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="176"/>
        <source>{n} of {total} plots could not be assessed: {why}.</source>
        <translation>No se pudieron evaluar {n} de {total} parcelas: {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="180"/>
        <source>{n} plots are only partly covered by the data (their level is a minimum).</source>
        <translation>{n} parcelas están cubiertas solo en parte por los datos (su nivel es un mínimo).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="65"/>
        <source>The data the offline engine reads, set once: forest 2020, tree cover loss year, protected areas, indigenous lands and boundaries. Saved as a data catalog (JSON) that a team can share.</source>
        <translation>Los datos que lee el motor sin conexión, definidos una sola vez: bosque 2020, año de pérdida de cobertura arbórea, áreas protegidas, tierras indígenas y límites. Se guardan como un catálogo de datos (JSON) que un equipo puede compartir.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="102"/>
        <source>The data catalog was not saved to {path}: {error}</source>
        <translation>El catálogo de datos no se guardó en {path}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="60"/>
        <source>Forest 2020</source>
        <translation>Bosque 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="61"/>
        <source>Tree cover loss year</source>
        <translation>Año de pérdida de cobertura arbórea</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="62"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="63"/>
        <source>Indigenous lands</source>
        <translation>Tierras indígenas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="64"/>
        <source>Country / state boundaries</source>
        <translation>Límites de países / estados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="153"/>
        <source>The JSON file this catalog is saved to. Point several computers to one shared file to use the same data across a team.</source>
        <translation>El archivo JSON en el que se guarda este catálogo. Apunte varias computadoras a un mismo archivo compartido para usar los mismos datos en todo un equipo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="157"/>
        <source>Open catalog file…</source>
        <translation>Abrir archivo de catálogo…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="159"/>
        <source>Use an existing catalog file (e.g. one shared by your team)</source>
        <translation>Usar un archivo de catálogo existente (p. ej., uno compartido por su equipo)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="160"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="162"/>
        <source>Write this catalog to another file and use that file from now on</source>
        <translation>Escribir este catálogo en otro archivo y usar ese archivo de ahora en adelante</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="171"/>
        <source>Catalog file</source>
        <translation>Archivo del catálogo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="174"/>
        <source>Tree cover percent (Hansen treecover2000) or a 0/1 forest mask (JRC GFC2020): a file, a folder of tiles, a VRT or a URL (type it)</source>
        <translation>Porcentaje de cobertura arbórea (Hansen treecover2000) o una máscara de bosque 0/1 (JRC GFC2020): un archivo, una carpeta de teselas, un VRT o una URL (escríbala)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="185"/>
        <source>A pixel is forest when its value ≥ this</source>
        <translation>Un píxel es bosque cuando su valor ≥ este umbral</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="189"/>
        <source>A pixel is forest when its value ≥ this: 1 for a JRC mask, 10–30 for Hansen tree cover.</source>
        <translation>Un píxel es bosque cuando su valor ≥ este umbral: 1 para una máscara JRC, 10–30 para la cobertura arbórea de Hansen.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="194"/>
        <source>Forest threshold</source>
        <translation>Umbral de bosque</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="195"/>
        <source>Forest source is the JRC GFC2020 mask</source>
        <translation>La fuente de bosque es la máscara JRC GFC2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="198"/>
        <source>Also recognised by a file name containing GFC2020 or JRC; the threshold is then 1</source>
        <translation>También se reconoce por un nombre de archivo que contenga GFC2020 o JRC; el umbral es entonces 1</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="203"/>
        <source>Hansen lossyear (0 = no loss, n = loss in 2000 + n): a file, a folder of tiles, a VRT or a URL</source>
        <translation>Hansen lossyear (0 = sin pérdida, n = pérdida en 2000 + n): un archivo, una carpeta de teselas, un VRT o una URL</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="214"/>
        <source>Check data</source>
        <translation>Verificar datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="216"/>
        <source>Open every file of the catalog and report what cannot be read</source>
        <translation>Abrir cada archivo del catálogo e informar lo que no se puede leer</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="240"/>
        <source>Rasters (*.tif *.tiff *.vrt *.img *.jp2);;All files (*)</source>
        <translation>Rásteres (*.tif *.tiff *.vrt *.img *.jp2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="269"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="247"/>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="248"/>
        <source>Choose a folder of tiles</source>
        <translation>Elegir una carpeta de teselas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="257"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;All files (*)</source>
        <translation>Datos vectoriales (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="260"/>
        <source>A vector file (any OGR format), a /vsizip/ path or a URL</source>
        <translation>Un archivo vectorial (cualquier formato OGR), una ruta /vsizip/ o una URL</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="263"/>
        <source>default: QGIS&apos;s world_map.gpkg</source>
        <translation>predeterminado: world_map.gpkg de QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="264"/>
        <source>Empty: {path} (Natural Earth countries and states)</source>
        <translation>Vacío: {path} (países y estados de Natural Earth)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="267"/>
        <source>QGIS&apos;s world_map.gpkg was not found: choose a file</source>
        <translation>No se encontró el archivo world_map.gpkg de QGIS: elija un archivo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="278"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="279"/>
        <source>The layer to read; empty: the world_map countries and states layers, else the first polygon layer</source>
        <translation>La capa que se leerá; vacío: las capas de países y estados de world_map; si no, la primera capa de polígonos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="279"/>
        <source>The layer to read; empty: the only layer, else the first polygon layer</source>
        <translation>La capa que se leerá; vacío: la única capa; si no, la primera capa de polígonos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="289"/>
        <source>e.g. {example}</source>
        <translation>p. ej.: {example}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="290"/>
        <source>Optional field mapping: role=field pairs, comma separated; empty: detected from the layer.</source>
        <translation>Correspondencia de campos opcional: pares role=field separados por comas; vacío: se detecta a partir de la capa.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="292"/>
        <source>Roles: {roles}</source>
        <translation>Roles: {roles}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="381"/>
        <source>{role}: the field mapping &apos;{text}&apos; is not role=field pairs</source>
        <translation>{role}: la correspondencia de campos '{text}' no está formada por pares role=field</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="404"/>
        <source>The data catalog could not be read: {error}</source>
        <translation>No se pudo leer el catálogo de datos: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="452"/>
        <source>Open a data catalog</source>
        <translation>Abrir un catálogo de datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="465"/>
        <source>Catalog read from {path}. Save the settings to use it.</source>
        <translation>Catálogo leído de {path}. Guarde la configuración para usarlo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="470"/>
        <source>Save the data catalog as</source>
        <translation>Guardar el catálogo de datos como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="480"/>
        <source>The data catalog could not be saved: {error}</source>
        <translation>No se pudo guardar el catálogo de datos: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="484"/>
        <source>Catalog saved to {path}. Save the settings to use it.</source>
        <translation>Catálogo guardado en {path}. Guarde la configuración para usarlo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="509"/>
        <source>{role}: &apos;{key}&apos; is not a field mapping role (roles: {roles})</source>
        <translation>{role}: '{key}' no es un rol de correspondencia de campos (roles: {roles})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="515"/>
        <source>No tree cover loss year data: every plot will be Unknown.</source>
        <translation>Sin datos de año de pérdida de cobertura arbórea: todas las parcelas tendrán el nivel Desconocido.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="517"/>
        <source>No forest 2020 data: all loss after 2020 counts as deforestation (an upper bound).</source>
        <translation>Sin datos de bosque 2020: toda pérdida después de 2020 cuenta como deforestación (un límite superior).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="521"/>
        <source>No country / state boundaries: QGIS&apos;s world_map.gpkg was not found.</source>
        <translation>Sin límites de países / estados: no se encontró el archivo world_map.gpkg de QGIS.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="528"/>
        <source>The data cannot be used as it is:</source>
        <translation>Los datos no se pueden usar tal como están:</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="535"/>
        <source>All data sources can be read.</source>
        <translation>Todas las fuentes de datos se pueden leer.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="549"/>
        <source>{role}: a folder of tiles</source>
        <translation>{role}: una carpeta de teselas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="234"/>
        <source>Vantage for QGIS cannot check plots yet</source>
        <translation>Vantage para QGIS aún no puede verificar parcelas</translation>
    </message>
    <message>
        <source>Evidence maps (one PNG per plot, beside the results)</source>
        <translation>Mapas de evidencia (un PNG por parcela, junto a los resultados)</translation>
    </message>
    <message>
        <source>The run record could not be stored: {error}</source>
        <translation>No se pudo guardar el registro de la ejecución: {error}</translation>
    </message>
    <message>
        <source>Rendering the evidence maps…</source>
        <translation>Generando los mapas de evidencia…</translation>
    </message>
    <message>
        <source>{count} evidence maps written to {folder}</source>
        <translation>{count} mapas de evidencia escritos en {folder}</translation>
    </message>
    <message>
        <source>EUDR evidence · Vantage for QGIS</source>
        <translation>Evidencia EUDR · Vantage para QGIS</translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation>Riesgo: {level}</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Loss after 2020</source>
        <translation>Pérdida después de 2020</translation>
    </message>
    <message>
        <source>Loss by year (ha)</source>
        <translation>Pérdida por año (ha)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Analysis end</source>
        <translation>Fin del análisis</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Not forest in 2020</source>
        <translation>No bosque en 2020</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <source>Tree-cover loss by year</source>
        <translation>Pérdida de cobertura arbórea por año</translation>
    </message>
    <message>
        <source>Data sources:</source>
        <translation>Fuentes de datos:</translation>
    </message>
    <message>
        <source>Engine {engine} {version}, {date}</source>
        <translation>Motor {engine} {version}, {date}</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Loss &gt; 2020</source>
        <translation>Pérdida &gt; 2020</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegida</translation>
    </message>
    <message>
        <source>Indigenous</source>
        <translation>Indígena</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Vantage run report</source>
        <translation>Informe de ejecución de Vantage</translation>
    </message>
    <message>
        <source>EUDR plot check report</source>
        <translation>Informe de verificación de parcelas EUDR</translation>
    </message>
    <message>
        <source>{input} · results {results} · report made {now}</source>
        <translation>{input} · resultados {results} · informe generado el {now}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Run date</source>
        <translation>Fecha de ejecución</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Estado de la ejecución</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Plot id field</source>
        <translation>Campo de identificador de parcela</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <source>Loss &gt; 2020 (ha)</source>
        <translation>Pérdida &gt; 2020 (ha)</translation>
    </message>
    <message>
        <source>Forest in 2020: {forest} ha. Overlap with protected areas: {protected} ha; with indigenous lands: {indigenous} ha.
{flagged} plots need a look (High, Medium, Unknown, invalid or failed): each has a page after the table of all plots.</source>
        <translation>Bosque en 2020: {forest} ha. Superposición con áreas protegidas: {protected} ha; con tierras indígenas: {indigenous} ha.
{flagged} parcelas requieren revisión (Alto, Medio, Desconocido, inválidas o fallidas): cada una tiene una página después de la tabla de todas las parcelas.</translation>
    </message>
    <message>
        <source>All plots ({count})</source>
        <translation>Todas las parcelas ({count})</translation>
    </message>
    <message>
        <source>Areas in hectares; loss: tree-cover loss after 31 December 2020.</source>
        <translation>Superficies en hectáreas; pérdida: pérdida de cobertura arbórea después del 31 de diciembre de 2020.</translation>
    </message>
    <message>
        <source>Plot {label}</source>
        <translation>Parcela {label}</translation>
    </message>
    <message>
        <source>Evidence image: {url}</source>
        <translation>Imagen de evidencia: {url}</translation>
    </message>
    <message>
        <source>Why this plot needs a look</source>
        <translation>Por qué revisar esta parcela</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Analysis version</source>
        <translation>Versión del análisis</translation>
    </message>
    <message>
        <source>Vantage for QGIS · EUDR plot check report · page {page} of {pages}</source>
        <translation>Vantage para QGIS · informe de verificación de parcelas EUDR · página {page} de {pages}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Render one evidence map (PNG) per plot beside the results</source>
        <translation>Generar un mapa de evidencia (PNG) por parcela junto a los resultados</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <source>Write the run report (PDF)</source>
        <translation>Escribir el informe de ejecución (PDF)</translation>
    </message>
    <message>
        <source>Save the run report as</source>
        <translation>Guardar el informe de ejecución como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} páginas, {flagged} parcelas que requieren revisión: {path}</translation>
    </message>
    <message>
        <source>Open evidence map</source>
        <translation>Abrir el mapa de evidencia</translation>
    </message>
</context>
<context>
    <name>CheckPlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="95"/>
        <source>Check plots (EUDR)</source>
        <translation>Verificar parcelas (EUDR)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="98"/>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="104"/>
        <source>Validates the plots, then assesses each valid plot for the EUDR: forest cover in 2020, tree-cover loss after 31 December 2020 (total and per year), overlaps with protected areas and indigenous lands, country, geodesic area and the Vantage risk level (High when deforestation &gt; 15 % of the plot or &gt; 1 ha; Medium &gt; 10 % or &gt; 0.5 ha; otherwise Low; Unknown without loss data).

ENGINE bundled runs offline on the data given here; data left empty comes from the data catalog configured in the plugin settings. ENGINE api sends the plots to the Vantage API of Open Atlas with the account set in the plugin settings: DRY_RUN (the default) spends no token and returns simulated values; a real run spends tokens only when CONFIRM_SPEND is set (qgis_process cannot ask).

COMMODITY and HARVEST_DATE (yyyy-MM-dd) apply to plots whose own fields are empty.

The output is a GeoPackage layer with every source attribute, the flat results (risk_level, area_ha, deforestation_ha, per-year loss, overlaps, status, error, analysis_json…) and the plot geometry in WGS84, styled by risk level. Plots blocked by validation are kept with status 'invalid' and the reason in 'error'.</source>
        <translation>Valida las parcelas y luego evalúa cada parcela válida para el EUDR: cobertura forestal en 2020, pérdida de cobertura arbórea después del 31 de diciembre de 2020 (total y por año), superposiciones con áreas protegidas y tierras indígenas, país, superficie geodésica y el nivel de riesgo de Vantage (High cuando la deforestación &gt; 15 % de la parcela o &gt; 1 ha; Medium &gt; 10 % o &gt; 0.5 ha; en otro caso Low; Unknown sin datos de pérdida).

ENGINE bundled se ejecuta sin conexión con los datos indicados aquí; los datos que se dejan vacíos provienen del catálogo de datos definido en la configuración del complemento. ENGINE api envía las parcelas a la API de Vantage de Open Atlas con la cuenta definida en la configuración del complemento: DRY_RUN (el valor predeterminado) no gasta tokens y devuelve valores simulados; una ejecución real gasta tokens solo cuando CONFIRM_SPEND está activado (qgis_process no puede pedir confirmación).

COMMODITY y HARVEST_DATE (yyyy-MM-dd) se aplican a las parcelas cuyos propios campos están vacíos.

La salida es una capa GeoPackage con todos los atributos de origen, los resultados planos (risk_level, area_ha, deforestation_ha, pérdida por año, superposiciones, status, error, analysis_json…) y la geometría de la parcela en WGS84, con estilo por nivel de riesgo. Las parcelas bloqueadas por la validación se conservan con el estado 'invalid' y el motivo en 'error'.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="125"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="128"/>
        <source>Commodity (for plots without one)</source>
        <translation>Materia prima (para las parcelas que no la tienen)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="136"/>
        <source>Harvest date, yyyy-MM-dd (for plots without one)</source>
        <translation>Fecha de cosecha, yyyy-MM-dd (para las parcelas que no la tienen)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="141"/>
        <source>Forest cover 2020 raster (default: data catalog)</source>
        <translation>Ráster de cobertura forestal 2020 (predeterminado: catálogo de datos)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="146"/>
        <source>Forest when the forest raster value is at least</source>
        <translation>Bosque cuando el valor del ráster de bosque es al menos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="155"/>
        <source>The forest raster is the JRC GFC2020 mask</source>
        <translation>El ráster de bosque es la máscara JRC GFC2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="160"/>
        <source>Tree cover loss year raster (Hansen lossyear)</source>
        <translation>Ráster del año de pérdida de cobertura arbórea (Hansen lossyear)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="165"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="173"/>
        <source>Indigenous lands</source>
        <translation>Tierras indígenas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="181"/>
        <source>API: dry run (no token spent)</source>
        <translation>API: prueba (no se gastan tokens)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="184"/>
        <source>API: I agree to spend tokens (needed for a real run)</source>
        <translation>API: acepto gastar tokens (necesario para una ejecución real)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="189"/>
        <source>Results (GeoPackage)</source>
        <translation>Resultados (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="196"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="197"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="209"/>
        <source>HARVEST_DATE must be a date written yyyy-MM-dd, not {value}.</source>
        <translation>HARVEST_DATE debe ser una fecha con el formato yyyy-MM-dd, no {value}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="218"/>
        <source>The bundled engine</source>
        <translation>El motor integrado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="224"/>
        <source>Data catalog: {path}{missing}</source>
        <translation>Catálogo de datos: {path}{missing}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="224"/>
        <source> (not found: only the data given here)</source>
        <translation> (no encontrado: solo se usan los datos indicados aquí)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="255"/>
        <source>The Vantage API engine</source>
        <translation>El motor de la API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="266"/>
        <source>No Vantage account is set up: log in from the Vantage panel or its settings first.</source>
        <translation>No hay ninguna cuenta de Vantage configurada: primero inicie sesión desde el panel de Vantage o su configuración.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="273"/>
        <source>API state (registered plots, job ids): {path}</source>
        <translation>Estado de la API (parcelas registradas, ids de los trabajos): {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="283"/>
        <source>Spending {cost} tokens for {count} plots ({free} available).</source>
        <translation>Gastando {cost} tokens para {count} parcelas ({free} disponibles).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="288"/>
        <source>This check would spend {cost} tokens for {count} plots and the account has {free} free tokens. Nothing was spent: set CONFIRM_SPEND to agree, or run with DRY_RUN.</source>
        <translation>Esta verificación gastaría {cost} tokens para {count} parcelas y la cuenta tiene {free} tokens disponibles. No se gastó nada: active CONFIRM_SPEND para aceptar, o ejecute con DRY_RUN.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="295"/>
        <source>Dry run: no token is spent, the results are simulated.</source>
        <translation>Prueba: no se gastan tokens, los resultados son simulados.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="303"/>
        <source>The check service</source>
        <translation>El servicio de verificación</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="313"/>
        <source>The input has no plot.</source>
        <translation>La entrada no tiene ninguna parcela.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="323"/>
        <source>Checking {count} plots with the {engine} engine…</source>
        <translation>Verificando {count} parcelas con el motor {engine}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="330"/>
        <source>The {engine} engine</source>
        <translation>El motor {engine}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="340"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="342"/>
        <source>Writing {path}…</source>
        <translation>Escribiendo {path}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="374"/>
        <source>{plots} plots checked with the {engine} engine (run {status}).</source>
        <translation>{plots} parcelas verificadas con el motor {engine} (ejecución {status}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="377"/>
        <source>Risk: High {HIGH}, Medium {MEDIUM}, Low {LOW}, Unknown {UNKNOWN}; invalid {INVALID}, failed {FAILED}.</source>
        <translation>Riesgo: Alto {HIGH}, Medio {MEDIUM}, Bajo {LOW}, Desconocido {UNKNOWN}; inválidas {INVALID}, fallidas {FAILED}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="379"/>
        <source>Area {area} ha, deforestation after 2020 {loss} ha.</source>
        <translation>Superficie {area} ha, deforestación después de 2020 {loss} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="385"/>
        <source>{count} results are simulated (dry run): not real results.</source>
        <translation>{count} resultados son simulados (prueba): no son resultados reales.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="388"/>
        <source>Validation: {errors} errors, {warnings} warnings.</source>
        <translation>Validación: {errors} errores, {warnings} advertencias.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="390"/>
        <source>Output: {uri}</source>
        <translation>Salida: {uri}</translation>
    </message>
</context>
<context>
    <name>FixPlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="59"/>
        <source>Fix plots (safe fixes)</source>
        <translation>Corregir parcelas (correcciones seguras)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="62"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="69"/>
        <source>Writes a fixed copy of the plots (WGS84) with every source attribute kept and a &apos;vantage_fixes&apos; field saying what was changed. Only safe fixes are applied, and only the ones chosen:
{fixes}

The optional CHANGES table lists each change (and each fix that could not be applied safely). Run &apos;Validate plots&apos; on the result to see what is left.</source>
        <translation>Escribe una copia corregida de las parcelas (WGS84) que conserva todos los atributos de origen y agrega un campo 'vantage_fixes' que indica qué se cambió. Solo se aplican las correcciones seguras, y únicamente las elegidas:
{fixes}

La tabla opcional CHANGES lista cada cambio (y cada corrección que no se pudo aplicar de forma segura). Ejecute 'Validar parcelas' sobre el resultado para ver lo que queda.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="79"/>
        <source>Fixes to apply</source>
        <translation>Correcciones a aplicar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="89"/>
        <source>Fixed plots</source>
        <translation>Parcelas corregidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="96"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="101"/>
        <source>Changes made</source>
        <translation>Cambios realizados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="102"/>
        <source>Plots changed</source>
        <translation>Parcelas modificadas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="103"/>
        <source>Fixes not applied (unsafe)</source>
        <translation>Correcciones no aplicadas (no seguras)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="109"/>
        <source>Plot fixes</source>
        <translation>Correcciones de parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="116"/>
        <source>Applying {fixes}…</source>
        <translation>Aplicando {fixes}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="116"/>
        <source>no fix</source>
        <translation>ninguna corrección</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="160"/>
        <source>{count} plots have a geometry of another kind than the layer&apos;s (kept without geometry).</source>
        <translation>{count} parcelas tienen una geometría de un tipo distinto al de la capa (se conservan sin geometría).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="184"/>
        <source>{changes} changes to {plots} plots; {skipped} fixes not applied.</source>
        <translation>{changes} cambios en {plots} parcelas; {skipped} correcciones no aplicadas.</translation>
    </message>
</context>
<context>
    <name>ImportJobAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="101"/>
        <source>Import a Vantage job</source>
        <translation>Importar un trabajo de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="104"/>
        <source>Vantage API</source>
        <translation>API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="110"/>
        <source>Fetches the results of an existing job of your Vantage account (see &apos;List Vantage jobs&apos;) and writes them with the plots&apos; geometries to a GeoPackage styled by risk level. Nothing is spent. Uses the account set in the plugin settings.</source>
        <translation>Obtiene los resultados de un trabajo existente de su cuenta de Vantage (vea 'Listar trabajos de Vantage') y los escribe, con las geometrías de las parcelas, en un GeoPackage con estilo por nivel de riesgo. No se gasta nada. Usa la cuenta definida en la configuración del complemento.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="117"/>
        <source>Job id</source>
        <translation>Id. del trabajo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="118"/>
        <source>The job was a dry run (simulated results)</source>
        <translation>El trabajo fue una prueba (resultados simulados)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="123"/>
        <source>Job results (GeoPackage)</source>
        <translation>Resultados del trabajo (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="128"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="129"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="136"/>
        <source>The Vantage API workflow</source>
        <translation>El flujo de trabajo de la API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="144"/>
        <source>Give the id of the job to import.</source>
        <translation>Indique el id. del trabajo que desea importar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="158"/>
        <source>The job cost no token: its results are marked simulated (dry run).</source>
        <translation>El trabajo no costó ningún token: sus resultados se marcan como simulados (prueba).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="178"/>
        <source>Job {job}: {plots} plots; risk {risk}; status {status}. Output: {uri}</source>
        <translation>Trabajo {job}: {plots} parcelas; riesgo {risk}; estado {status}. Salida: {uri}</translation>
    </message>
</context>
<context>
    <name>ListJobsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="45"/>
        <source>List Vantage jobs</source>
        <translation>Listar trabajos de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="48"/>
        <source>Vantage API</source>
        <translation>API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="54"/>
        <source>Lists the jobs of your Vantage account, newest first (id, name, status, dates, token cost, number of plots), as a table. Import one with &apos;Import a Vantage job&apos;.</source>
        <translation>Lista los trabajos de su cuenta de Vantage, los más recientes primero (id, nombre, estado, fechas, costo en tokens, número de parcelas), como una tabla. Importe uno con 'Importar un trabajo de Vantage'.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="60"/>
        <source>At most this many jobs</source>
        <translation>Número máximo de trabajos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="66"/>
        <source>Created from (yyyy-MM-dd)</source>
        <translation>Creados desde (yyyy-MM-dd)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="70"/>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="76"/>
        <source>The Vantage API workflow</source>
        <translation>El flujo de trabajo de la API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="105"/>
        <source>{count} jobs.</source>
        <translation>{count} trabajos.</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <source>Run report (PDF)</source>
        <translation>Informe de ejecución (PDF)</translation>
    </message>
    <message>
        <source>Writes the PDF report of a result layer made by &apos;Check plots (EUDR)&apos;: the run (input, engine, date, data sources with their versions and years, parameters), the counts by risk level and status with their hectares, a table of every plot (on as many pages as needed), then one page per plot that needs a look (High, Medium, Unknown, invalid or failed) with its evidence map and reasons.

Evidence maps missing for those plots are rendered first (into &lt;results&gt;_evidence beside the GeoPackage, their paths stored in analysis_image) unless RENDER_MISSING is off.</source>
        <translation>Escribe el informe PDF de una capa de resultados creada por «Verificar parcelas (EUDR)»: la ejecución (entrada, motor, fecha, fuentes de datos con sus versiones y años, parámetros), los recuentos por nivel de riesgo y estado con sus hectáreas, una tabla de todas las parcelas (en tantas páginas como haga falta) y luego una página por parcela que requiere revisión (Alto, Medio, Desconocido, inválida o fallida) con su mapa de evidencia y sus motivos.

Los mapas de evidencia que falten para esas parcelas se generan primero (en &lt;results&gt;_evidence junto al GeoPackage, con sus rutas guardadas en analysis_image), salvo si RENDER_MISSING está desactivado.</translation>
    </message>
    <message>
        <source>Result layer (GeoPackage written by Check plots)</source>
        <translation>Capa de resultados (GeoPackage escrito por Verificar parcelas)</translation>
    </message>
    <message>
        <source>Render missing evidence maps</source>
        <translation>Generar los mapas de evidencia que falten</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>Informe (PDF)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Plots that need a look</source>
        <translation>Parcelas que requieren revisión</translation>
    </message>
    <message>
        <source>The report is made from a result GeoPackage written by Check plots.</source>
        <translation>El informe se hace a partir de un GeoPackage de resultados escrito por Verificar parcelas.</translation>
    </message>
    <message>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} páginas, {flagged} parcelas que requieren revisión: {path}</translation>
    </message>
</context>
<context>
    <name>ValidatePlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="38"/>
        <source>Validate plots</source>
        <translation>Validar parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="72"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="47"/>
        <source>Checks every plot against the EUDR and Vantage geometry rules before anything is analysed or sent: missing or unreadable geometries, open or mis-nested rings, self-intersections, spikes, too few decimals, duplicates and overlaps, points above 4 ha, commodity and harvest date values.

The output has one row per problem, with the plot&apos;s id, the rule code, its severity (an error blocks the plot, a warning does not), a message, the safe fix that removes it (see &apos;Fix plots&apos;) and the plot&apos;s geometry in WGS84.

Outputs ERRORS, WARNINGS and VALID_PLOTS (plots without any error) are numbers usable in models.</source>
        <translation>Verifica cada parcela según las reglas de geometría del EUDR y de Vantage antes de analizar o enviar nada: geometrías faltantes o ilegibles, anillos abiertos o mal anidados, autointersecciones, picos, muy pocos decimales, duplicados y superposiciones, puntos de más de 4 ha, valores de materia prima y de fecha de cosecha.

La salida tiene una fila por problema, con el id de la parcela, el código de la regla, su gravedad (un error bloquea la parcela, una advertencia no), un mensaje, la corrección segura que lo elimina (vea 'Corregir parcelas') y la geometría de la parcela en WGS84.

Las salidas ERRORS, WARNINGS y VALID_PLOTS (parcelas sin ningún error) son números que se pueden usar en modelos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="59"/>
        <source>Check overlaps between plots</source>
        <translation>Verificar superposiciones entre parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="64"/>
        <source>Plot issues</source>
        <translation>Problemas de las parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="69"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="70"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="71"/>
        <source>Plots without error</source>
        <translation>Parcelas sin errores</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="78"/>
        <source>Plot validation</source>
        <translation>Validación de parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="83"/>
        <source>Validating {count} plots…</source>
        <translation>Validando {count} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="105"/>
        <source>{plots} plots: {errors} errors, {warnings} warnings; {valid} plots without error.</source>
        <translation>{plots} parcelas: {errors} errores, {warnings} advertencias; {valid} parcelas sin errores.</translation>
    </message>
</context>
<context>
    <name>VantageAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="108"/>
        <source>Plots (any vector layer: points or polygons, any CRS)</source>
        <translation>Parcelas (cualquier capa vectorial: puntos o polígonos, cualquier SRC)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="125"/>
        <source>Guess unset fields from common names (id, plot_id, commodity, harvest_date…)</source>
        <translation>Deducir los campos no definidos a partir de nombres comunes (id, plot_id, commodity, harvest_date…)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="142"/>
        <source>Field {field} is not in the input layer.</source>
        <translation>El campo {field} no está en la capa de entrada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="184"/>
        <source>Fields: id={plot_id}, name={plot_name}, commodity={commodity}, harvest date={harvest_date}, point area={point_ha}</source>
        <translation>Campos: id={plot_id}, nombre={plot_name}, materia prima={commodity}, fecha de cosecha={harvest_date}, superficie del punto={point_ha}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="197"/>
        <source>{count} plots read.</source>
        <translation>{count} parcelas leídas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="199"/>
        <source>{count} plots have a geometry QGIS could not read (reported as errors).</source>
        <translation>{count} parcelas tienen una geometría que QGIS no pudo leer (se informan como errores).</translation>
    </message>
</context>
<context>
    <name>VantageProcessing</name>
    <message>
        <location filename="../vantage_plugin/processing/provider.py" line="68"/>
        <source>Vantage (EUDR)</source>
        <translation>Vantage (EUDR)</translation>
    </message>
</context>
<context>
    <name>VantageRules</name>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No geometry</source>
        <translation>Sin geometría</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no geometry{detail}.</source>
        <translation>La parcela no tiene geometría{detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Empty geometry</source>
        <translation>Geometría vacía</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot&apos;s geometry is empty: draw the plot.</source>
        <translation>La geometría de la parcela está vacía: dibuje la parcela.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Line geometry</source>
        <translation>Geometría de línea</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot is a line ({geometry_type}); a plot must be a point or a polygon.</source>
        <translation>La parcela es una línea ({geometry_type}); una parcela debe ser un punto o un polígono.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Unsupported geometry type</source>
        <translation>Tipo de geometría no admitido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot&apos;s geometry type {geometry_type} is not supported; use a point or a polygon.</source>
        <translation>El tipo de geometría {geometry_type} de la parcela no se admite; use un punto o un polígono.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Several parts</source>
        <translation>Varias partes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has {parts} parts; the Vantage API takes only single points and polygons, so they will be sent as {parts} features of the same plot.</source>
        <translation>La parcela tiene {parts} partes; la API de Vantage solo acepta puntos y polígonos simples, así que se enviarán como {parts} objetos de la misma parcela.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Malformed GeoJSON geometry</source>
        <translation>Geometría GeoJSON mal formada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The geometry as written is malformed: {detail}.</source>
        <translation>La geometría, tal como está escrita, está mal formada: {detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Polygon nested like a MultiPolygon</source>
        <translation>Polygon anidado como un MultiPolygon</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The geometry says &quot;Polygon&quot; but its coordinates are nested one level deeper, like a MultiPolygon ({parts} polygon(s)); it can be read as a MultiPolygon.</source>
        <translation>La geometría indica &quot;Polygon&quot; pero sus coordenadas están anidadas un nivel más, como un MultiPolygon ({parts} polígono(s)); se puede leer como un MultiPolygon.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Ring not closed</source>
        <translation>Anillo no cerrado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} ring(s) do not end where they start (first and last positions differ).</source>
        <translation>{count} anillo(s) no termina(n) donde empieza(n) (la primera y la última posición difieren).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Ring with too few positions</source>
        <translation>Anillo con muy pocas posiciones</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A ring has fewer than 4 positions (at least 3 distinct corners, then the first again){detail}.</source>
        <translation>Un anillo tiene menos de 4 posiciones (se necesitan al menos 3 vértices distintos y luego de nuevo el primero){detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Self-intersection</source>
        <translation>Autointersección</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The outline crosses or touches itself (for example a bow-tie) at {lon:.6f}, {lat:.6f}.</source>
        <translation>El contorno se cruza o se toca a sí mismo (por ejemplo, en forma de moño) en {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Spike</source>
        <translation>Pico</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} spike(s): the outline goes out and comes back along the same line, first at {lon:.6f}, {lat:.6f}.</source>
        <translation>{count} pico(s): el contorno sale y regresa por la misma línea; el primero en {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Zero-area ring</source>
        <translation>Anillo de superficie nula</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A ring encloses no area (its corners lie on one line or on top of each other).</source>
        <translation>Un anillo no encierra ninguna superficie (sus vértices están alineados o superpuestos).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Invalid polygon</source>
        <translation>Polígono inválido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The polygon is invalid: {reason}.</source>
        <translation>El polígono es inválido: {reason}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Hole</source>
        <translation>Hueco</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has {count} hole(s); the EU Information System ignores holes, so the whole outline counts.</source>
        <translation>La parcela tiene {count} hueco(s); el Sistema de Información de la UE ignora los huecos, así que cuenta todo el contorno.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Repeated vertex</source>
        <translation>Vértice repetido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} vertex/vertices repeat the previous one, first at {lon:.6f}, {lat:.6f}.</source>
        <translation>{count} vértice(s) repite(n) el anterior; el primero en {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate not a number</source>
        <translation>Coordenada no numérica</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A coordinate is not a finite number (NaN or infinite).</source>
        <translation>Una coordenada no es un número finito (NaN o infinito).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinates look like metres</source>
        <translation>Las coordenadas parecen metros</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinates such as {x:.1f}, {y:.1f} are far outside ±180/±90: they look like projected metres: is the layer CRS right?</source>
        <translation>Coordenadas como {x:.1f}, {y:.1f} están muy fuera de ±180/±90: parecen metros proyectados. ¿Es correcto el SRC de la capa?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate out of range</source>
        <translation>Coordenada fuera de rango</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate {x:.6f}, {y:.6f} is outside longitude ±180 / latitude ±90.</source>
        <translation>La coordenada {x:.6f}, {y:.6f} está fuera de longitud ±180 / latitud ±90.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Fewer than 6 decimals</source>
        <translation>Menos de 6 decimales</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>All coordinates have at most 5 decimals; EUDR asks for 6 (about 0.1 m).</source>
        <translation>Todas las coordenadas tienen como máximo 5 decimales; el EUDR exige 6 (unos 10 cm).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Invalid after rounding</source>
        <translation>Inválido tras el redondeo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Rounded to 6 decimals for sending, the polygon becomes invalid ({reason}).</source>
        <translation>Al redondearlo a 6 decimales para el envío, el polígono se vuelve inválido ({reason}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point without area</source>
        <translation>Punto sin superficie</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot is a point but has no area (point_ha); EUDR allows a point only for a plot under {max} ha.</source>
        <translation>La parcela es un punto pero no tiene superficie (point_ha); el EUDR solo permite un punto para una parcela de menos de {max} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point area not a number</source>
        <translation>Superficie del punto no numérica</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point&apos;s area (point_ha) {value!r} is not a number.</source>
        <translation>La superficie del punto (point_ha) {value!r} no es un número.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point area not positive</source>
        <translation>Superficie del punto no positiva</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point&apos;s area (point_ha) is {value:g} ha; it must be more than 0.</source>
        <translation>La superficie del punto (point_ha) es de {value:g} ha; debe ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point for a large plot</source>
        <translation>Punto para una parcela grande</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point stands for {value:g} ha; EUDR allows a point only for a plot under {max} ha: draw this plot as a polygon.</source>
        <translation>El punto representa {value:g} ha; el EUDR solo permite un punto para una parcela de menos de {max} ha: dibuje esta parcela como polígono.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No commodity</source>
        <translation>Sin materia prima</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no commodity; one must then be given for the whole job.</source>
        <translation>La parcela no tiene materia prima; entonces hay que indicar una para todo el trabajo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Unknown commodity</source>
        <translation>Materia prima desconocida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Commodity {value!r} is not one of {commodities}.</source>
        <translation>La materia prima {value!r} no es ninguna de estas: {commodities}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No harvest date</source>
        <translation>Sin fecha de cosecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no harvest date; one must then be given for the whole job (it ends the analysis window).</source>
        <translation>La parcela no tiene fecha de cosecha; entonces hay que indicar una para todo el trabajo (marca el fin del período de análisis).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date not yyyy-MM-dd</source>
        <translation>Fecha de cosecha sin formato yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value!r} is not a date written yyyy-MM-dd.</source>
        <translation>La fecha de cosecha {value!r} no es una fecha escrita como yyyy-MM-dd.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date in the future</source>
        <translation>Fecha de cosecha en el futuro</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value} is after today ({today}).</source>
        <translation>La fecha de cosecha {value} es posterior a hoy ({today}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Duplicate geometry</source>
        <translation>Geometría duplicada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Same geometry as plot {other}.</source>
        <translation>Misma geometría que la parcela {other}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Plots overlap</source>
        <translation>Parcelas superpuestas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Overlaps plot {other} by {area_ha:.4f} ha{detail}.</source>
        <translation>Se superpone a la parcela {other} en {area_ha:.4f} ha{detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="199"/>
        <source> (it lies entirely inside that plot)</source>
        <translation> (está completamente dentro de esa parcela)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="90"/>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="95"/>
        <source>unknown geometry type {kind!r}</source>
        <translation>tipo de geometría desconocido {kind!r}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="98"/>
        <source>{kind} has no coordinates array</source>
        <translation>{kind} no tiene un arreglo coordinates</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="104"/>
        <source>{kind} coordinates are not arrays of numbers</source>
        <translation>las coordenadas de {kind} no son arreglos de números</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="109"/>
        <source>{kind} coordinates must nest {expected} deep, found {depth}</source>
        <translation>las coordenadas de {kind} deben anidarse en {expected} niveles, no en {depth}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="127"/>
        <source> (it has {count})</source>
        <translation> (tiene {count})</translation>
    </message>
</context>
</TS>
