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
        <location filename="../vantage_plugin/plugin.py" line="227"/>
        <source>Vantage for QGIS</source>
        <translation>Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="113"/>
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
        <location filename="../vantage_plugin/plugin.py" line="173"/>
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
        <location filename="../vantage_plugin/gui/dock.py" line="148"/>
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
        <location filename="../vantage_plugin/gui/dock.py" line="159"/>
        <source>A vector layer of plots: polygons or points, any CRS</source>
        <translation>Una capa vectorial de parcelas: polígonos o puntos, cualquier SRC</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="160"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="161"/>
        <source>Selected features only</source>
        <translation>Solo objetos seleccionados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="164"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="170"/>
        <source>Plot id</source>
        <translation>Id. de parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="171"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="291"/>
        <source>Commodity</source>
        <translation>Materia prima</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="303"/>
        <source>Harvest date</source>
        <translation>Fecha de cosecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="174"/>
        <source>Point area (ha)</source>
        <translation>Superficie del punto (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="189"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="190"/>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="191"/>
        <source>API jobs</source>
        <translation>Trabajos API</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="202"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="220"/>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="222"/>
        <source>Check every plot against the EUDR and Vantage geometry rules</source>
        <translation>Verificar cada parcela según las reglas de geometría del EUDR y de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="224"/>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="226"/>
        <source>Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)</source>
        <translation>Aplicar las correcciones seguras y escribir las parcelas corregidas en un nuevo GeoPackage (su capa no se modifica)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="658"/>
        <source>Validate the layer to list its problems.</source>
        <translation>Valide la capa para listar sus problemas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="275"/>
        <source>Bundled (offline)</source>
        <translation>Integrado (sin conexión)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="36"/>
        <source>Vantage API</source>
        <translation>API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="280"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="284"/>
        <source>From the field</source>
        <translation>Del campo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="290"/>
        <source>Used for plots whose commodity field is empty</source>
        <translation>Se usa para las parcelas cuyo campo de materia prima está vacío</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="296"/>
        <source>From the date field</source>
        <translation>Del campo de fecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="300"/>
        <source>Used for plots whose harvest date field is empty; the analysis runs up to this date</source>
        <translation>Se usa para las parcelas cuyo campo de fecha de cosecha está vacío; el análisis llega hasta esta fecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="770"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="309"/>
        <source>Save the results as</source>
        <translation>Guardar los resultados como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="310"/>
        <source>The results are written to this GeoPackage</source>
        <translation>Los resultados se escriben en este GeoPackage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="311"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="322"/>
        <source>Dry run (free)</source>
        <translation>Prueba (gratis)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="324"/>
        <source>A dry run spends no token and returns simulated values, not real results</source>
        <translation>Una prueba no gasta tokens y devuelve valores simulados, no resultados reales</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="495"/>
        <source>Log in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="331"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="333"/>
        <source>Ask the Vantage API for your token balance</source>
        <translation>Consultar su saldo de tokens en la API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="344"/>
        <source>Check plots</source>
        <translation>Verificar parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="348"/>
        <source>Summary…</source>
        <translation>Resumen…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1028"/>
        <source>Your Vantage API jobs, newest first.</source>
        <translation>Sus trabajos de la API de Vantage, los más recientes primero.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="371"/>
        <source>Load jobs</source>
        <translation>Cargar trabajos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="374"/>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="491"/>
        <source>Change login…</source>
        <translation>Cambiar de cuenta…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="493"/>
        <source>Token balance not loaded yet.</source>
        <translation>Saldo de tokens aún no cargado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="496"/>
        <source>Not logged in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="497"/>
        <source>Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check asks before spending tokens.</source>
        <translation>Las parcelas se envían a la API de Vantage de Open Atlas. Una prueba no cuesta nada; una verificación real pide confirmación antes de gastar tokens.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="504"/>
        <source>Offline, with the data of {path}.</source>
        <translation>Sin conexión, con los datos de {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="506"/>
        <source>Offline, with the default data catalog. Choose your forest and loss data in the Vantage settings.</source>
        <translation>Sin conexión, con el catálogo de datos predeterminado. Elija sus datos de bosque y de pérdida en la configuración de Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="97"/>
        <source>Vantage</source>
        <translation>Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="580"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="594"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="599"/>
        <source>A part of the plugin is missing: {error}</source>
        <translation>Falta una parte del complemento: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="600"/>
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="616"/>
        <source>Choose a layer of plots first.</source>
        <translation>Elija primero una capa de parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="620"/>
        <source>No feature is selected in {layer}.</source>
        <translation>No hay ningún objeto seleccionado en {layer}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="631"/>
        <source>The layer has no features.</source>
        <translation>La capa no tiene objetos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="648"/>
        <source>Validating {n} plots…</source>
        <translation>Validando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="726"/>
        <source>A safe fix exists: use Fix…</source>
        <translation>Existe una corrección segura: use Corregir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="693"/>
        <source>No problem found: all {total} plots can be checked.</source>
        <translation>Ningún problema: las {total} parcelas se pueden verificar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="696"/>
        <source>{errors} errors and {warnings} warnings. {ready} of {total} plots can be checked; {blocked} are blocked by errors.</source>
        <translation>{errors} errores y {warnings} advertencias. Se pueden verificar {ready} de {total} parcelas; {blocked} están bloqueadas por errores.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="770"/>
        <source>Save the fixed plots as</source>
        <translation>Guardar las parcelas corregidas como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="786"/>
        <source>Fixing {n} plots…</source>
        <translation>Corrigiendo {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="799"/>
        <source>{layer} (fixed)</source>
        <translation>{layer} (corregida)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="801"/>
        <source>Remaining problems</source>
        <translation>Problemas restantes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="802"/>
        <source>{n} fixes applied; the fixed plots are in a new layer.</source>
        <translation>{n} correcciones aplicadas; las parcelas corregidas están en una nueva capa.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="823"/>
        <source>Choose where to save the results (a GeoPackage).</source>
        <translation>Elija dónde guardar los resultados (un GeoPackage).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="855"/>
        <source>Checking {n} plots…</source>
        <translation>Verificando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="880"/>
        <source>{layer} — Vantage risk</source>
        <translation>{layer} — riesgo Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="888"/>
        <source>Check finished: {summary}</source>
        <translation>Verificación terminada: {summary}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="918"/>
        <source>The output could not be opened: {uri}</source>
        <translation>No se pudo abrir la salida: {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="953"/>
        <source>Log in to use the Vantage API.</source>
        <translation>Inicie sesión para usar la API de Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="985"/>
        <source>Loading the token balance…</source>
        <translation>Cargando el saldo de tokens…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="986"/>
        <source>Vantage token balance</source>
        <translation>Saldo de tokens de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="992"/>
        <source>{free} free tokens</source>
        <translation>{free} tokens disponibles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="994"/>
        <source>(balance {total}, reserved {reserved})</source>
        <translation>(saldo {total}, reservados {reserved})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1004"/>
        <source>Vantage jobs</source>
        <translation>Trabajos de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1014"/>
        <source>, {n} tokens</source>
        <translation>, {n} tokens</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1015"/>
        <source>{when}  {name} — {status}, {plots} plots{cost}</source>
        <translation>{when}  {name} — {status}, {plots} parcelas{cost}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1026"/>
        <source>No job yet.</source>
        <translation>Todavía no hay trabajos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="69"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="43"/>
        <source>Login (auth config)</source>
        <translation>Cuenta (config. de autenticación)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="44"/>
        <source>Dry run by default (no token is spent)</source>
        <translation>Prueba por defecto (no se gastan tokens)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="49"/>
        <source>Bundled offline engine</source>
        <translation>Motor integrado sin conexión</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="53"/>
        <source>Data catalog (*.json)</source>
        <translation>Catálogo de datos (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="55"/>
        <source>Data catalog</source>
        <translation>Catálogo de datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="56"/>
        <source>The JSON file naming the forest, loss-year, protected-area and indigenous-land data to use.</source>
        <translation>El archivo JSON que indica los datos de bosque, año de pérdida, áreas protegidas y tierras indígenas que se usan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="63"/>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="68"/>
        <source>Default output folder</source>
        <translation>Carpeta de salida predeterminada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="112"/>
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
        <location filename="../vantage_plugin/gui/dock.py" line="232"/>
        <source>Show warnings</source>
        <translation>Mostrar advertencias</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="705"/>
        <source>Validation finished.</source>
        <translation>Validación terminada.</translation>
    </message>
</context>
</TS>
