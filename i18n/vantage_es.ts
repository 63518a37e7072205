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
        <location filename="../vantage_plugin/plugin.py" line="270"/>
        <source>Vantage for QGIS</source>
        <translation>Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="86"/>
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
        <location filename="../vantage_plugin/plugin.py" line="102"/>
        <source>&amp;Vantage for QGIS</source>
        <translation>&amp;Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="191"/>
        <source>The Vantage panel could not be opened: {error}</source>
        <translation>No se pudo abrir el panel de Vantage: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="57"/>
        <source>analysed</source>
        <translation>analizada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="58"/>
        <source>analysed, data missing</source>
        <translation>analizada, faltan datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="60"/>
        <source>invalid (not analysed)</source>
        <translation>inválida (no analizada)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="62"/>
        <source>simulated (dry run)</source>
        <translation>simulada (prueba)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="36"/>
        <source>{plots} plots</source>
        <translation>{plots} parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="64"/>
        <source>Vantage check summary</source>
        <translation>Resumen de la verificación de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="78"/>
        <source>Dry run: these values are simulated placeholders, not real results.</source>
        <translation>Prueba: estos valores son simulados, no son resultados reales.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="343"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="89"/>
        <source>By risk level</source>
        <translation>Por nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="444"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="95"/>
        <source>Total area: {area} ha. Deforestation after 2020: {deforestation} ha.</source>
        <translation>Superficie total: {area} ha. Deforestación después de 2020: {deforestation} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="114"/>
        <source>Run: {engine}, {status}</source>
        <translation>Ejecución: {engine}, {status}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="121"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="121"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="130"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="20"/>
        <source>Spend Vantage tokens?</source>
        <translation>¿Gastar tokens de Vantage?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="27"/>
        <source>This check sends {plots} plots to the Vantage API and costs {cost} tokens.</source>
        <translation>Esta verificación envía {plots} parcelas a la API de Vantage y cuesta {cost} tokens.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="36"/>
        <source>Your free token balance is unknown.</source>
        <translation>Se desconoce su saldo de tokens disponibles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="38"/>
        <source>You have {free} free tokens; {left} would be left.</source>
        <translation>Tiene {free} tokens disponibles; le quedarían {left}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="46"/>
        <source>You do not have enough free tokens for this job.</source>
        <translation>No tiene suficientes tokens disponibles para este trabajo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="50"/>
        <source>Tokens reserved for plots that fail are returned. A dry run costs nothing.</source>
        <translation>Los tokens reservados para las parcelas que fallan se devuelven. Una prueba no cuesta nada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="56"/>
        <source>Spend {cost} tokens</source>
        <translation>Gastar {cost} tokens</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="115"/>
        <source>Wood</source>
        <translation>Madera</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="116"/>
        <source>Soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="117"/>
        <source>Cocoa</source>
        <translation>Cacao</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="118"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="119"/>
        <source>Palm oil</source>
        <translation>Aceite de palma</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="120"/>
        <source>Cattle (beef)</source>
        <translation>Ganado bovino (carne)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="121"/>
        <source>Rubber</source>
        <translation>Caucho</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="265"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="265"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="257"/>
        <source>A vector layer of plots: polygons or points, any CRS</source>
        <translation>Una capa vectorial de parcelas: polígonos o puntos, cualquier SRC</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="258"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="259"/>
        <source>Selected features only</source>
        <translation>Solo objetos seleccionados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="262"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="270"/>
        <source>Plot id</source>
        <translation>Id. de parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="271"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="407"/>
        <source>Commodity</source>
        <translation>Materia prima</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="419"/>
        <source>Harvest date</source>
        <translation>Fecha de cosecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="274"/>
        <source>Point area (ha)</source>
        <translation>Superficie del punto (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="294"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="295"/>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="299"/>
        <source>API jobs</source>
        <translation>Trabajos API</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="316"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="334"/>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="336"/>
        <source>Check every plot against the EUDR and Vantage geometry rules</source>
        <translation>Verificar cada parcela según las reglas de geometría del EUDR y de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="338"/>
        <source>Fix…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="340"/>
        <source>Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)</source>
        <translation>Aplicar las correcciones seguras y escribir las parcelas corregidas en un nuevo GeoPackage (su capa no se modifica)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="883"/>
        <source>Validate the layer to list its problems.</source>
        <translation>Valide la capa para listar sus problemas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="359"/>
        <source>Plot</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="209"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="208"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="208"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="391"/>
        <source>Bundled (offline)</source>
        <translation>Integrado (sin conexión)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="51"/>
        <source>Vantage API</source>
        <translation>API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="301"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="400"/>
        <source>From the field</source>
        <translation>Del campo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="406"/>
        <source>Used for plots whose commodity field is empty</source>
        <translation>Se usa para las parcelas cuyo campo de materia prima está vacío</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="412"/>
        <source>From the date field</source>
        <translation>Del campo de fecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="416"/>
        <source>Used for plots whose harvest date field is empty; the analysis runs up to this date</source>
        <translation>Se usa para las parcelas cuyo campo de fecha de cosecha está vacío; el análisis llega hasta esta fecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1005"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="425"/>
        <source>Save the results as</source>
        <translation>Guardar los resultados como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="426"/>
        <source>The results are written to this GeoPackage</source>
        <translation>Los resultados se escriben en este GeoPackage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="427"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="447"/>
        <source>Dry run (free)</source>
        <translation>Prueba (gratis)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="449"/>
        <source>A dry run spends no token and returns simulated values, not real results</source>
        <translation>Una prueba no gasta tokens y devuelve valores simulados, no resultados reales</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="655"/>
        <source>Log in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="471"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="473"/>
        <source>Ask the Vantage API for your token balance</source>
        <translation>Consultar su saldo de tokens en la API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="484"/>
        <source>Check plots</source>
        <translation>Verificar parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="489"/>
        <source>Summary…</source>
        <translation>Resumen…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1400"/>
        <source>Your Vantage API jobs, newest first.</source>
        <translation>Sus trabajos de la API de Vantage, los más recientes primero.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="515"/>
        <source>Load jobs</source>
        <translation>Cargar trabajos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="518"/>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="651"/>
        <source>Change login…</source>
        <translation>Cambiar de cuenta…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="653"/>
        <source>Token balance not loaded yet.</source>
        <translation>Saldo de tokens aún no cargado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="656"/>
        <source>Not logged in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="657"/>
        <source>Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check asks before spending tokens.</source>
        <translation>Las parcelas se envían a la API de Vantage de Open Atlas. Una prueba no cuesta nada; una verificación real pide confirmación antes de gastar tokens.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="673"/>
        <source>Offline, with the data of {path}.</source>
        <translation>Sin conexión, con los datos de {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="146"/>
        <source>Vantage</source>
        <translation>Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="520"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="814"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="483"/>
        <source>A part of the plugin is missing: {error}</source>
        <translation>Falta una parte del complemento: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="820"/>
        <source>Failed: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="837"/>
        <source>Choose a layer of plots first.</source>
        <translation>Elija primero una capa de parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="143"/>
        <source>No feature is selected in {layer}.</source>
        <translation>No hay ningún objeto seleccionado en {layer}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="863"/>
        <source>Validating {n} plots…</source>
        <translation>Validando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="48"/>
        <source>A safe fix exists: use Fix…</source>
        <translation>Existe una corrección segura: use Corregir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="922"/>
        <source>No problem found: all {total} plots can be checked.</source>
        <translation>Ningún problema: las {total} parcelas se pueden verificar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1005"/>
        <source>Save the fixed plots as</source>
        <translation>Guardar las parcelas corregidas como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1021"/>
        <source>Fixing {n} plots…</source>
        <translation>Corrigiendo {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1036"/>
        <source>{layer} (fixed)</source>
        <translation>{layer} (corregida)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1038"/>
        <source>Remaining problems</source>
        <translation>Problemas restantes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1039"/>
        <source>{n} fixes applied; the fixed plots are in a new layer.</source>
        <translation>{n} correcciones aplicadas; las parcelas corregidas están en una nueva capa.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1062"/>
        <source>Choose where to save the results (a GeoPackage).</source>
        <translation>Elija dónde guardar los resultados (un GeoPackage).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1101"/>
        <source>Checking {n} plots…</source>
        <translation>Verificando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="137"/>
        <source>Check finished: {summary}</source>
        <translation>Verificación terminada: {summary}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1288"/>
        <source>The output could not be opened: {uri}</source>
        <translation>No se pudo abrir la salida: {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1323"/>
        <source>Log in to use the Vantage API.</source>
        <translation>Inicie sesión para usar la API de Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1357"/>
        <source>Loading the token balance…</source>
        <translation>Cargando el saldo de tokens…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1358"/>
        <source>Vantage token balance</source>
        <translation>Saldo de tokens de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1364"/>
        <source>{free} free tokens</source>
        <translation>{free} tokens disponibles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1366"/>
        <source>(balance {total}, reserved {reserved})</source>
        <translation>(saldo {total}, reservados {reserved})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1376"/>
        <source>Vantage jobs</source>
        <translation>Trabajos de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1386"/>
        <source>, {n} tokens</source>
        <translation>, {n} tokens</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1387"/>
        <source>{when}  {name} — {status}, {plots} plots{cost}</source>
        <translation>{when}  {name} — {status}, {plots} parcelas{cost}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1398"/>
        <source>No job yet.</source>
        <translation>Todavía no hay trabajos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="55"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="58"/>
        <source>Login (auth config)</source>
        <translation>Cuenta (config. de autenticación)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="59"/>
        <source>Dry run by default (no token is spent)</source>
        <translation>Prueba por defecto (no se gastan tokens)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="72"/>
        <source>Bundled offline engine</source>
        <translation>Motor integrado sin conexión</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="485"/>
        <source>Data catalog (*.json)</source>
        <translation>Catálogo de datos (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="86"/>
        <source>Outputs</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="91"/>
        <source>Default output folder</source>
        <translation>Carpeta de salida predeterminada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="161"/>
        <source>Vantage settings</source>
        <translation>Configuración de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="54"/>
        <source>Log in to Vantage</source>
        <translation>Iniciar sesión en Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="59"/>
        <source>Use the user name and password Open Atlas gave you. They are kept in the QGIS authentication database, never in plain settings.</source>
        <translation>Use el nombre de usuario y la contraseña que le dio Open Atlas. Se guardan en la base de datos de autenticación de QGIS, nunca en la configuración en texto plano.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="74"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="78"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="90"/>
        <source>Save login</source>
        <translation>Guardar la cuenta</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="105"/>
        <source>The server address must start with https://</source>
        <translation>La dirección del servidor debe empezar por https://</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="108"/>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="43"/>
        <source>Install shapely 2.0 or later (python3-shapely or pip install shapely).</source>
        <translation>Instale shapely 2.0 o posterior (python3-shapely o pip install shapely).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="44"/>
        <source>The plugin could not be loaded: {error}.</source>
        <translation>No se pudo cargar el complemento: {error}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="347"/>
        <source>Show warnings</source>
        <translation>Mostrar advertencias</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="936"/>
        <source>Validation finished.</source>
        <translation>Validación terminada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="783"/>
        <source>No job was started and no token was spent.</source>
        <translation>No se inició ningún trabajo y no se gastó ningún token.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="135"/>
        <source>{what} is not available in this installation of Vantage for QGIS ({error}).</source>
        <translation>{what}: no disponible en esta instalación de Vantage para QGIS ({error}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/client.py" line="23"/>
        <source>No Vantage account is set up: log in from the Vantage panel or its settings first.</source>
        <translation>No hay ninguna cuenta de Vantage configurada: primero inicie sesión desde el panel de Vantage o su configuración.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="18"/>
        <source>blocked by validation</source>
        <translation>bloqueadas por la validación</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="20"/>
        <source>still running at the Vantage API</source>
        <translation>aún en curso en la API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>cancelled</source>
        <translation>análisis cancelado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="22"/>
        <source>analysis failed</source>
        <translation>el análisis falló</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="31"/>
        <source>no loss-year data configured</source>
        <translation>no hay datos de año de pérdida configurados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="34"/>
        <source>only partly covered by the data</source>
        <translation>cubiertas solo en parte por los datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="33"/>
        <source>outside the data</source>
        <translation>fuera de la cobertura de los datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="26"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="167"/>
        <source>no risk level</source>
        <translation>sin nivel de riesgo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="170"/>
        <source>Check finished: no plot was checked.</source>
        <translation>Verificación terminada: no se verificó ninguna parcela.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="176"/>
        <source>Check finished, but no plot could be assessed: {why}.</source>
        <translation>Verificación terminada, pero no se pudo evaluar ninguna parcela: {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="180"/>
        <source>{n} of {total} plots could not be assessed: {why}.</source>
        <translation>No se pudieron evaluar {n} de {total} parcelas: {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="184"/>
        <source>{n} plots are only partly covered by the data (their level is a minimum).</source>
        <translation>{n} parcelas están cubiertas solo en parte por los datos (su nivel es un mínimo).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="75"/>
        <source>The data the offline engine reads, set once: forest 2020, tree cover loss year, protected areas, indigenous lands and boundaries. Saved as a data catalog (JSON) that a team can share.</source>
        <translation>Los datos que lee el motor sin conexión, definidos una sola vez: bosque 2020, año de pérdida de cobertura arbórea, áreas protegidas, tierras indígenas y límites. Se guardan como un catálogo de datos (JSON) que un equipo puede compartir.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="113"/>
        <source>The data catalog was not saved to {path}: {error}</source>
        <translation>El catálogo de datos no se guardó en {path}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="435"/>
        <source>Forest 2020</source>
        <translation>Bosque 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="61"/>
        <source>Tree cover loss year</source>
        <translation>Año de pérdida de cobertura arbórea</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="439"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="441"/>
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
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="224"/>
        <source>Check data</source>
        <translation>Verificar datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="226"/>
        <source>Open every file of the catalog and report what cannot be read</source>
        <translation>Abrir cada archivo del catálogo e informar lo que no se puede leer</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="250"/>
        <source>Rasters (*.tif *.tiff *.vrt *.img *.jp2);;All files (*)</source>
        <translation>Rásteres (*.tif *.tiff *.vrt *.img *.jp2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="279"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="257"/>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="258"/>
        <source>Choose a folder of tiles</source>
        <translation>Elegir una carpeta de teselas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="267"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;All files (*)</source>
        <translation>Datos vectoriales (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="270"/>
        <source>A vector file (any OGR format), a /vsizip/ path or a URL</source>
        <translation>Un archivo vectorial (cualquier formato OGR), una ruta /vsizip/ o una URL</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="273"/>
        <source>default: QGIS's world_map.gpkg</source>
        <translation>predeterminado: world_map.gpkg de QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="274"/>
        <source>Empty: {path} (Natural Earth countries and states)</source>
        <translation>Vacío: {path} (países y estados de Natural Earth)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="277"/>
        <source>QGIS's world_map.gpkg was not found: choose a file</source>
        <translation>No se encontró el archivo world_map.gpkg de QGIS: elija un archivo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="288"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="289"/>
        <source>The layer to read; empty: the world_map countries and states layers, else the first polygon layer</source>
        <translation>La capa que se leerá; vacío: las capas de países y estados de world_map; si no, la primera capa de polígonos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="289"/>
        <source>The layer to read; empty: the only layer, else the first polygon layer</source>
        <translation>La capa que se leerá; vacío: la única capa; si no, la primera capa de polígonos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="299"/>
        <source>e.g. {example}</source>
        <translation>p. ej.: {example}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="300"/>
        <source>Optional field mapping: role=field pairs, comma separated; empty: detected from the layer.</source>
        <translation>Correspondencia de campos opcional: pares role=field separados por comas; vacío: se detecta a partir de la capa.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="302"/>
        <source>Roles: {roles}</source>
        <translation>Roles: {roles}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="396"/>
        <source>{role}: the field mapping '{text}' is not role=field pairs</source>
        <translation>{role}: la correspondencia de campos '{text}' no está formada por pares role=field</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="419"/>
        <source>The data catalog could not be read: {error}</source>
        <translation>No se pudo leer el catálogo de datos: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="467"/>
        <source>Open a data catalog</source>
        <translation>Abrir un catálogo de datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="480"/>
        <source>Catalog read from {path}. Save the settings to use it.</source>
        <translation>Catálogo leído de {path}. Guarde la configuración para usarlo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="485"/>
        <source>Save the data catalog as</source>
        <translation>Guardar el catálogo de datos como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="495"/>
        <source>The data catalog could not be saved: {error}</source>
        <translation>No se pudo guardar el catálogo de datos: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="499"/>
        <source>Catalog saved to {path}. Save the settings to use it.</source>
        <translation>Catálogo guardado en {path}. Guarde la configuración para usarlo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="524"/>
        <source>{role}: '{key}' is not a field mapping role (roles: {roles})</source>
        <translation>{role}: '{key}' no es un rol de correspondencia de campos (roles: {roles})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="530"/>
        <source>No tree cover loss year data: every plot will be Unknown.</source>
        <translation>Sin datos de año de pérdida de cobertura arbórea: todas las parcelas tendrán el nivel Desconocido.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="532"/>
        <source>No forest 2020 data: all loss after 2020 counts as deforestation (an upper bound).</source>
        <translation>Sin datos de bosque 2020: toda pérdida después de 2020 cuenta como deforestación (un límite superior).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="536"/>
        <source>No country / state boundaries: QGIS's world_map.gpkg was not found.</source>
        <translation>Sin límites de países / estados: no se encontró el archivo world_map.gpkg de QGIS.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="543"/>
        <source>The data cannot be used as it is:</source>
        <translation>Los datos no se pueden usar tal como están:</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="550"/>
        <source>All data sources can be read.</source>
        <translation>Todas las fuentes de datos se pueden leer.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="564"/>
        <source>{role}: a folder of tiles</source>
        <translation>{role}: una carpeta de teselas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="261"/>
        <source>Vantage for QGIS cannot check plots yet</source>
        <translation>Vantage para QGIS aún no puede verificar parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="211"/>
        <source>From the file name or the data</source>
        <translation>Según el nombre del archivo o los datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="213"/>
        <source>The last year the loss data cover (a Hansen file name such as GFC-2023-v1.11 says it: 2023). Plots harvested after it are never rated Low.</source>
        <translation>El último año que cubren los datos de pérdida (un nombre de archivo Hansen como GFC-2023-v1.11 lo indica: 2023). Las parcelas cosechadas después nunca se califican como Bajo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="217"/>
        <source>Last year of the loss data</source>
        <translation>Último año de los datos de pérdida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="324"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="304"/>
        <source>Open the Vantage user guide</source>
        <translation>Abrir la guía del usuario de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="435"/>
        <source>Use the demo data</source>
        <translation>Usar la demostración</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="437"/>
        <source>Check with the small demo data that ships with the plugin and open the demo plots</source>
        <translation>Verificar con los pequeños datos de demostración incluidos en el complemento y abrir las parcelas de demostración</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="456"/>
        <source>Check types of the job: eudr always runs; Vantage runs only eudr for now</source>
        <translation>Tipos de verificación del trabajo: eudr se ejecuta siempre; por ahora Vantage solo ejecuta eudr</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="666"/>
        <source>Offline, but no forest or loss data is chosen yet: every plot would be Unknown. Choose your data in the Vantage settings, or try the plugin with the demo data.</source>
        <translation>Sin conexión, pero aún no se han elegido datos de bosque ni de pérdida: todas las parcelas serían Desconocidas. Elija sus datos en la configuración de Vantage o pruebe el complemento con los datos de demostración.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="191"/>
        <source>Offline; looking at the data catalog…</source>
        <translation>Sin conexión; leyendo el catálogo de datos…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="191"/>
        <source>Vantage data catalog</source>
        <translation>Catálogo de datos de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="671"/>
        <source>Offline, with the demo data (a small area of the Dominican Republic).</source>
        <translation>Sin conexión, con los datos de demostración (una pequeña zona de la República Dominicana).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="219"/>
        <source>Data files chosen earlier were moved or deleted ({files}). Choose them again in the Vantage settings, or use the demo data.</source>
        <translation>Algunos archivos de datos elegidos antes se han movido o eliminado ({files}). Vuelva a elegirlos en la configuración de Vantage o use los datos de demostración.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="511"/>
        <source>{role}: file not found: {path} (moved or deleted since it was chosen). Choose the file again, or clear the field.</source>
        <translation>{role}: archivo no encontrado: {path} (movido o eliminado desde que se eligió). Vuelva a elegir el archivo o vacíe el campo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="720"/>
        <source>Demo data ready: press Check plots.</source>
        <translation>Datos de demostración listos: pulse Verificar parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="310"/>
        <source>Preparing the demo data…</source>
        <translation>Preparando los datos de demostración…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="62"/>
        <source>Vantage demo data</source>
        <translation>Datos de demostración de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="900"/>
        <source>Listing the problems…</source>
        <translation>Listando los problemas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>{ready} of {total} plots can be checked.</source>
        <translation>{ready} de {total} parcelas se pueden verificar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n plot(s) blocked by errors.</source>
        <translation>
            <numerusform>%n parcela bloqueada por errores.</numerusform>
            <numerusform>%n parcelas bloqueadas por errores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="177"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1213"/>
        <source>Render one evidence map (PNG) per plot beside the results</source>
        <translation>Generar un mapa de evidencia (PNG) por parcela junto a los resultados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1215"/>
        <source>Report…</source>
        <translation>Informe…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1217"/>
        <source>Write the run report (PDF)</source>
        <translation>Escribir el informe de ejecución (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="38"/>
        <source>{count} evidence maps written to {folder}</source>
        <translation>{count} mapas de evidencia escritos en {folder}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="35"/>
        <source>Rendering the evidence maps…</source>
        <translation>Generando los mapas de evidencia…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1257"/>
        <source>Save the run report as</source>
        <translation>Guardar el informe de ejecución como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1257"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1270"/>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} páginas, {flagged} parcelas que requieren revisión: {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo plots: polygons (made up)</source>
        <translation>Parcelas de demostración: polígonos (ficticias)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo plots: points (made up)</source>
        <translation>Parcelas de demostración: puntos (ficticias)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo protected areas (made up)</source>
        <translation>Áreas protegidas de demostración (ficticias)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo indigenous land (made up)</source>
        <translation>Tierra indígena de demostración (ficticia)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="99"/>
        <source>Vantage demo</source>
        <translation>Demostración de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="220"/>
        <source>{rule} — {plots}</source>
        <translation>{rule} — {plots}</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="161"/>
        <source>%n plot(s)</source>
        <translation>
            <numerusform>%n parcela</numerusform>
            <numerusform>%n parcelas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="23"/>
        <source>bundled</source>
        <translation>integrado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="29"/>
        <source>Vantage results</source>
        <translation>Resultados de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="47"/>
        <source>{layer} — risk, {engine} {time}</source>
        <translation>{layer} — riesgo, {engine} {time}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="50"/>
        <source>{layer} — DRY RUN (simulated), {time}</source>
        <translation>{layer} — SIMULACIÓN (valores simulados), {time}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="91"/>
        <source>In a protected area</source>
        <translation>En un área protegida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="91"/>
        <source>On indigenous land</source>
        <translation>En tierra indígena</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="92"/>
        <source>Failed or invalid</source>
        <translation>Fallida o no válida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="269"/>
        <source>Check plots to see the results here.</source>
        <translation>Verifique parcelas para ver los resultados aquí.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="230"/>
        <source>Show only these plots</source>
        <translation>Mostrar solo estas parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="232"/>
        <source>Filter the result layer to the chosen entry</source>
        <translation>Filtrar la capa de resultados por la entrada elegida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="234"/>
        <source>Label plots by id</source>
        <translation>Etiquetar las parcelas por id</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="239"/>
        <source>Attribute table</source>
        <translation>Tabla de atributos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="241"/>
        <source>Open the attribute table of the chosen plots</source>
        <translation>Abrir la tabla de atributos de las parcelas elegidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="279"/>
        <source>Dry run: the values are simulated, not results. {layer}</source>
        <translation>Simulación: los valores son simulados, no son resultados. {layer}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="281"/>
        <source>Counting the results of {layer}…</source>
        <translation>Contando los resultados de {layer}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="296"/>
        <source>Click an entry to select its plots and zoom to them.</source>
        <translation>Haga clic en una entrada para seleccionar sus parcelas y hacer zoom sobre ellas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="161"/>
        <source>{what}: {plots}</source>
        <translation>{what}: {plots}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="309"/>
        <source>{what}: {plots} ({ha} ha)</source>
        <translation>{what}: {plots} ({ha} ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="65"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="67"/>
        <source>After this, the check stops waiting; the job keeps running on Vantage and checking again into the same output picks up its results.</source>
        <translation>Pasado este plazo, la verificación deja de esperar; el trabajo sigue en Vantage y verificar de nuevo en la misma salida recoge sus resultados.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="69"/>
        <source>Wait for a job at most</source>
        <translation>Esperar un trabajo como máximo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="87"/>
        <source>Hectares</source>
        <translation>Hectáreas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="103"/>
        <source>Run details</source>
        <translation>Detalles de la ejecución</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="150"/>
        <source>Plots that need a look</source>
        <translation>Parcelas que requieren atención</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="154"/>
        <source>Open the Results tab to list them.</source>
        <translation>Abra la pestaña Resultados para listarlas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="169"/>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="170"/>
        <source>Select these plots in the result layer and zoom to them</source>
        <translation>Seleccionar estas parcelas en la capa de resultados y hacer zoom sobre ellas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="178"/>
        <source>Open the analysis images of these plots (at most {n})</source>
        <translation>Abrir las imágenes de análisis de estas parcelas ({n} como máximo)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="184"/>
        <source>Nothing stands out: no High or Unknown plot, no overlap.</source>
        <translation>Nada destacable: ninguna parcela de riesgo alto o desconocido, ninguna superposición.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>success</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>partly done</source>
        <translation>hecho en parte</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="227"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="227"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="97"/>
        <source>Vantage for QGIS user guide</source>
        <translation>Guía del usuario de Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="485"/>
        <source>the row could not be made</source>
        <translation>no se pudo construir la fila</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="494"/>
        <source>the format refused the row</source>
        <translation>el formato rechazó la fila</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="439"/>
        <source>Writing {path}…</source>
        <translation>Escribiendo {path}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="23"/>
        <source>Evidence maps (one PNG per plot, beside the results)</source>
        <translation>Mapas de evidencia (un PNG por parcela, junto a los resultados)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="515"/>
        <source>EUDR evidence · Vantage for QGIS</source>
        <translation>Evidencia EUDR · Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="542"/>
        <source>Risk: {level}</source>
        <translation>Riesgo: {level}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="434"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="436"/>
        <source>Loss after 2020</source>
        <translation>Pérdida después de 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="437"/>
        <source>Loss by year (ha)</source>
        <translation>Pérdida por año (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="443"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="445"/>
        <source>Analysis end</source>
        <translation>Fin del análisis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="587"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="592"/>
        <source>Not forest in 2020</source>
        <translation>No bosque en 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="593"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="612"/>
        <source>Tree-cover loss by year</source>
        <translation>Pérdida de cobertura arbórea por año</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="628"/>
        <source>Data sources:</source>
        <translation>Fuentes de datos:</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="634"/>
        <source>Engine {engine} {version}, {date}</source>
        <translation>Motor {engine} {version}, {date}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="726"/>
        <source>Open evidence map</source>
        <translation>Abrir el mapa de evidencia</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="214"/>
        <source>{layer} has no features: there is no plot to work on.</source>
        <translation>{layer} no tiene entidades: no hay ninguna parcela que procesar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="214"/>
        <source>Looking for duplicate ids and overlaps across the whole layer…</source>
        <translation>Buscando identificadores duplicados y superposiciones en toda la capa…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="235"/>
        <source>The output {path} is the file that holds the input plots: writing there could destroy them. Choose another file.</source>
        <translation>La salida {path} es el archivo que contiene las parcelas de entrada: escribir en él podría destruirlas. Elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="253"/>
        <source>The data catalog {path} cannot be read: {error}. Fix it in the Vantage settings.</source>
        <translation>No se puede leer el catálogo de datos {path}: {error}. Corríjalo en la configuración de Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="256"/>
        <source>Data files named in the Vantage data catalog were moved or deleted since they were chosen. Choose them again in the Vantage settings (or give them as this run's data), or use the demo data.</source>
        <translation>Algunos archivos de datos indicados en el catálogo de datos de Vantage se movieron o eliminaron después de elegirlos. Elíjalos de nuevo en la configuración de Vantage (o indíquelos como datos de esta ejecución), o use los datos de demostración.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="465"/>
        <source>{n} plots could not be written to {path} ({plots}). The others were written: correct these plots' values in your layer, or write to a GeoPackage (.gpkg).</source>
        <translation>No se pudieron escribir {n} parcelas en {path} ({plots}). Las demás se escribieron: corrija los valores de esas parcelas en su capa, o escriba en un GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="469"/>
        <source>And {n} more.</source>
        <translation>Y {n} más.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Loss &gt; 2020</source>
        <translation>Pérdida &gt; 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Protected</source>
        <translation>Protegida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Indigenous</source>
        <translation>Indígena</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="211"/>
        <source>Vantage run report</source>
        <translation>Informe de ejecución de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="238"/>
        <source>Vantage for QGIS · EUDR plot check report · page {page} of {pages}</source>
        <translation>Vantage para QGIS · informe de verificación de parcelas EUDR · página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="294"/>
        <source>EUDR plot check report</source>
        <translation>Informe de verificación de parcelas EUDR</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="296"/>
        <source>{input} · results {results} · report made {now}</source>
        <translation>{input} · resultados {results} · informe generado el {now}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="299"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="302"/>
        <source>Run date</source>
        <translation>Fecha de ejecución</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="303"/>
        <source>Run status</source>
        <translation>Estado de la ejecución</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="304"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="305"/>
        <source>Plot id field</source>
        <translation>Campo de identificador de parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="448"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="448"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="313"/>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="321"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="332"/>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="335"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Area (ha)</source>
        <translation>Superficie (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Loss &gt; 2020 (ha)</source>
        <translation>Pérdida &gt; 2020 (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="349"/>
        <source>Forest in 2020: {forest} ha. Overlap with protected areas: {protected} ha; with indigenous lands: {indigenous} ha.
{flagged} plots need a look (High, Medium, Unknown, invalid or failed): each has a page after the table of all plots.</source>
        <translation>Bosque en 2020: {forest} ha. Superposición con áreas protegidas: {protected} ha; con tierras indígenas: {indigenous} ha.
{flagged} parcelas requieren revisión (Alto, Medio, Desconocido, inválidas o fallidas): cada una tiene una página después de la tabla de todas las parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="364"/>
        <source>All plots ({count})</source>
        <translation>Todas las parcelas ({count})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="368"/>
        <source>Areas in hectares; loss: tree-cover loss after 31 December 2020.</source>
        <translation>Superficies en hectáreas; pérdida: pérdida de cobertura arbórea después del 31 de diciembre de 2020.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="402"/>
        <source>Plot {label}</source>
        <translation>Parcela {label}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="426"/>
        <source>Evidence image: {url}</source>
        <translation>Imagen de evidencia: {url}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="428"/>
        <source>Why this plot needs a look</source>
        <translation>Por qué revisar esta parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="432"/>
        <source>Facts</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="446"/>
        <source>Analysis version</source>
        <translation>Versión del análisis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="376"/>
        <source>{file} is a file, not a folder: choose another place for {path}.</source>
        <translation>{file} es un archivo, no una carpeta: elija otra ubicación para {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="378"/>
        <source>The folder {folder} cannot be written (permission denied): choose another place for {path}.</source>
        <translation>No se puede escribir en la carpeta {folder} (permiso denegado): elija otra ubicación para {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="381"/>
        <source>{path} is a folder: give a file name ending in .gpkg.</source>
        <translation>{path} es una carpeta: indique un nombre de archivo terminado en .gpkg.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="384"/>
        <source>{path} is read-only: choose another file.</source>
        <translation>{path} es de solo lectura: elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="389"/>
        <source>{path} cannot be read: {error}</source>
        <translation>No se puede leer {path}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="391"/>
        <source>{path} exists and is not a GeoPackage: choose another file.</source>
        <translation>{path} existe y no es un GeoPackage: elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="480"/>
        <source>Cannot create the layer {layer}: {error}</source>
        <translation>No se puede crear la capa {layer}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="506"/>
        <source>Cannot reopen {path}</source>
        <translation>No se puede volver a abrir {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="571"/>
        <source>the written layer could not be read back</source>
        <translation>no se pudo volver a leer la capa escrita</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="586"/>
        <source>{error}: another program (QGIS, a database browser…) has the file open</source>
        <translation>{error}: otro programa (QGIS, un navegador de bases de datos…) tiene el archivo abierto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="605"/>
        <source>{found} of {expected} rows are in the file after writing</source>
        <translation>{found} de {expected} filas están en el archivo tras la escritura</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="620"/>
        <source>{path} cannot be opened after writing</source>
        <translation>{path} no se puede abrir tras la escritura</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="626"/>
        <source>the layer {layer} is missing after writing</source>
        <translation>falta la capa {layer} tras la escritura</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="690"/>
        <source>it is not a GeoPackage that can be written</source>
        <translation>no es un GeoPackage en el que se pueda escribir</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot copy the layer</source>
        <translation>no se puede copiar la capa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot add the column {name}</source>
        <translation>no se puede añadir la columna {name}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot put the columns in order</source>
        <translation>no se pueden ordenar las columnas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="696"/>
        <source>cannot start a transaction</source>
        <translation>no se puede iniciar una transacción</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="701"/>
        <source>cannot replace the old layer</source>
        <translation>no se puede reemplazar la capa anterior</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="708"/>
        <source>the file is locked by another program</source>
        <translation>el archivo está bloqueado por otro programa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="777"/>
        <source>the rows written could not be read back</source>
        <translation>no se pudieron volver a leer las filas escritas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="812"/>
        <source>Could not write {layer} to {path}: {reason}.</source>
        <translation>No se pudo escribir {layer} en {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="815"/>
        <source>The finished results are kept in {recovery}: open it in QGIS, or close the program using {path} (or choose another file) and run again.</source>
        <translation>Los resultados terminados se guardan en {recovery}: ábralo en QGIS, o cierre el programa que usa {path} (o elija otro archivo) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="818"/>
        <source>Close the program using {path} or choose another file, then run again.</source>
        <translation>Cierre el programa que usa {path} o elija otro archivo y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="127"/>
        <source>Overlaps a protected area</source>
        <translation>Se superpone a un área protegida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="128"/>
        <source>Overlaps indigenous land</source>
        <translation>Se superpone a tierra indígena</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="257"/>
        <source>Invalid (not checked)</source>
        <translation>No válida (no verificada)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="234"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="255"/>
        <source>Dry run: simulated, not a result</source>
        <translation>Simulación: valores simulados, no un resultado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1219"/>
        <source>EU file…</source>
        <translation>Archivo UE…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1221"/>
        <source>Export the plots as the geolocation file the EU Information System accepts</source>
        <translation>Exportar las parcelas como el archivo de geolocalización que acepta el Sistema de Información de la UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="461"/>
        <source>Run again (a new paid job)</source>
        <translation>Ejecutar de nuevo (un nuevo trabajo de pago)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="463"/>
        <source>Unticked, checking again into the same output resumes its job and never pays twice. Ticked, a new job with the same settings is started, after you confirm its cost.</source>
        <translation>Sin marcar, volver a comprobar en la misma salida reanuda su trabajo y nunca paga dos veces. Marcado, se inicia un nuevo trabajo con la misma configuración, tras confirmar su coste.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="607"/>
        <source>Guessed from their names: {fields}. Check them before you run.</source>
        <translation>Deducidos de sus nombres: {fields}. Revíselos antes de ejecutar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="797"/>
        <source>A job Vantage had already accepted keeps its reserved tokens and goes on: check again into the same output to pick up its results without paying again.</source>
        <translation>Un trabajo que Vantage ya había aceptado conserva sus tokens reservados y continúa: vuelva a comprobar en la misma salida para obtener sus resultados sin pagar de nuevo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="32"/>
        <source>data unreadable</source>
        <translation>datos ilegibles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="35"/>
        <source>the loss data end before the harvest date</source>
        <translation>los datos de pérdida terminan antes de la fecha de cosecha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="36"/>
        <source>harvested before 2021</source>
        <translation>cosechadas antes de 2021</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="120"/>
        <source>Write the results to a GeoPackage file (.gpkg).</source>
        <translation>Escriba los resultados en un archivo GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="308"/>
        <source>Fields guessed from their names</source>
        <translation>Campos deducidos de sus nombres</translation>
    </message>
    <message>
        <source>Dry run (Vantage API)</source>
        <translation>Simulación (API Vantage)</translation>
    </message>
    <message>
        <source>Forest threshold asked</source>
        <translation>Umbral de bosque solicitado</translation>
    </message>
    <message>
        <source>Forest threshold used</source>
        <translation>Umbral de bosque aplicado</translation>
    </message>
    <message>
        <source>Forest map is a forest/non-forest mask</source>
        <translation>El mapa forestal es una máscara bosque/no bosque</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CheckPlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="79"/>
        <source>Check plots (EUDR)</source>
        <translation>Verificar parcelas (EUDR)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="82"/>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="88"/>
        <source>Validates the plots, then assesses each valid plot for the EUDR: forest cover in 2020, tree-cover loss after 31 December 2020 (total and per year), overlaps with protected areas and indigenous lands, country, geodesic area and the Vantage risk level (High when deforestation &gt; 15 % of the plot or &gt; 1 ha; Medium &gt; 10 % or &gt; 0.5 ha; otherwise Low; Unknown without loss data).

ENGINE bundled runs offline on the data given here; data left empty comes from the data catalog configured in the plugin settings. ENGINE api sends the plots to the Vantage API of Open Atlas with the account set in the plugin settings: DRY_RUN (the default) spends no token and returns simulated values; a real run spends tokens only when CONFIRM_SPEND is set (qgis_process cannot ask).

DEFAULT_COMMODITY and DEFAULT_HARVEST_DATE (yyyy-MM-dd) apply to plots whose own fields are empty.

The output is a GeoPackage layer with every source attribute, the flat results (risk_level, area_ha, deforestation_ha, per-year loss, overlaps, status, error, analysis_json…) and the plot geometry in WGS84, styled by risk level. Plots blocked by validation are kept with status 'invalid' and the reason in 'error'.</source>
        <translation>Valida las parcelas y luego evalúa cada parcela válida para el EUDR: cobertura forestal en 2020, pérdida de cobertura arbórea después del 31 de diciembre de 2020 (total y por año), superposiciones con áreas protegidas y tierras indígenas, país, superficie geodésica y el nivel de riesgo de Vantage (High cuando la deforestación &gt; 15 % de la parcela o &gt; 1 ha; Medium &gt; 10 % o &gt; 0.5 ha; en otro caso Low; Unknown sin datos de pérdida).

ENGINE bundled se ejecuta sin conexión con los datos indicados aquí; los datos que se dejan vacíos provienen del catálogo de datos definido en la configuración del complemento. ENGINE api envía las parcelas a la API de Vantage de Open Atlas con la cuenta definida en la configuración del complemento: DRY_RUN (el valor predeterminado) no gasta tokens y devuelve valores simulados; una ejecución real gasta tokens solo cuando CONFIRM_SPEND está activado (qgis_process no puede pedir confirmación).

DEFAULT_COMMODITY y DEFAULT_HARVEST_DATE (yyyy-MM-dd) se aplican a las parcelas cuyos propios campos están vacíos.

La salida es una capa GeoPackage con todos los atributos de origen, los resultados planos (risk_level, area_ha, deforestation_ha, pérdida por año, superposiciones, status, error, analysis_json…) y la geometría de la parcela en WGS84, con estilo por nivel de riesgo. Las parcelas bloqueadas por la validación se conservan con el estado 'invalid' y el motivo en 'error'.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="109"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="112"/>
        <source>Commodity (for plots without one)</source>
        <translation>Materia prima (para las parcelas que no la tienen)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="120"/>
        <source>Harvest date, yyyy-MM-dd (for plots without one)</source>
        <translation>Fecha de cosecha, yyyy-MM-dd (para las parcelas que no la tienen)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="126"/>
        <source>Empty: the data catalog of the plugin settings.</source>
        <translation>Vacío: el catálogo de datos de la configuración del complemento.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="127"/>
        <source>Forest cover 2020 raster (default: data catalog)</source>
        <translation>Ráster de cobertura forestal 2020 (predeterminado: catálogo de datos)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="127"/>
        <source>Tree cover in 2020 (percent, e.g. Hansen treecover2000) or a forest mask (JRC GFC2020) for the bundled engine.</source>
        <translation>Cobertura arbórea en 2020 (porcentaje, p. ej. Hansen treecover2000) o una máscara forestal (JRC GFC2020) para el motor incluido.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="134"/>
        <source>Forest when the forest raster value is at least (default: by the raster's kind)</source>
        <translation>Bosque cuando el valor del ráster de bosque es al menos (por defecto: según el tipo de ráster)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="134"/>
        <source>The smallest forest raster value counted as forest. Empty: the default for the raster's kind (tree cover in percent, a mask or a fraction).</source>
        <translation>El menor valor del ráster forestal que cuenta como bosque. Vacío: el valor por defecto del tipo de ráster (cobertura arbórea en porcentaje, máscara o fracción).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="145"/>
        <source>The forest raster is the JRC GFC2020 mask</source>
        <translation>El ráster de bosque es la máscara JRC GFC2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="145"/>
        <source>Read the forest raster as the JRC GFC2020 forest mask (1 = forest) rather than tree cover.</source>
        <translation>Leer el ráster forestal como la máscara forestal JRC GFC2020 (1 = bosque) en lugar de cobertura arbórea.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="151"/>
        <source>Tree cover loss year raster (Hansen lossyear)</source>
        <translation>Ráster del año de pérdida de cobertura arbórea (Hansen lossyear)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="151"/>
        <source>The year of tree-cover loss per pixel (Hansen lossyear: 21 = 2021).</source>
        <translation>El año de pérdida de cobertura arbórea por píxel (Hansen lossyear: 21 = 2021).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="157"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="157"/>
        <source>Polygons of protected areas (e.g. WDPA) the plots are overlaid with.</source>
        <translation>Polígonos de áreas protegidas (p. ej. WDPA) superpuestos a las parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="166"/>
        <source>Indigenous lands</source>
        <translation>Tierras indígenas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="166"/>
        <source>Polygons of indigenous lands the plots are overlaid with.</source>
        <translation>Polígonos de tierras indígenas superpuestos a las parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="175"/>
        <source>API: dry run (no token spent)</source>
        <translation>API: prueba (no se gastan tokens)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="178"/>
        <source>API: I agree to spend tokens (needed for a real run)</source>
        <translation>API: acepto gastar tokens (necesario para una ejecución real)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="185"/>
        <source>API: check types (eudr always runs; Vantage runs only eudr for now)</source>
        <translation>API: tipos de verificación (eudr se ejecuta siempre; por ahora Vantage solo ejecuta eudr)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="192"/>
        <source>API: run again (a new job, paid again) instead of reusing finished results in this output</source>
        <translation>API: volver a ejecutar (un trabajo nuevo, pagado de nuevo) en lugar de reutilizar los resultados terminados de esta salida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="198"/>
        <source>API: wait for the job at most (minutes; default: the plugin setting)</source>
        <translation>API: esperar el trabajo como máximo (minutos; por defecto: el ajuste del complemento)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="204"/>
        <source>Results (GeoPackage)</source>
        <translation>Resultados (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="214"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="215"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="227"/>
        <source>DEFAULT_HARVEST_DATE must be a date written yyyy-MM-dd, not {value}.</source>
        <translation>DEFAULT_HARVEST_DATE debe ser una fecha con el formato yyyy-MM-dd, no {value}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="236"/>
        <source>Data catalog: {path}{missing}</source>
        <translation>Catálogo de datos: {path}{missing}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="236"/>
        <source> (not found: only the data given here)</source>
        <translation> (no encontrado: solo se usan los datos indicados aquí)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="262"/>
        <source>The Vantage API engine</source>
        <translation>El motor de la API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="268"/>
        <source>API state (registered plots, job ids): {path}</source>
        <translation>Estado de la API (parcelas registradas, ids de los trabajos): {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="284"/>
        <source>Spending {cost} tokens for {count} plots ({free} available).</source>
        <translation>Gastando {cost} tokens para {count} parcelas ({free} disponibles).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="289"/>
        <source>This check would spend {cost} tokens for {count} plots and the account has {free} free tokens. Nothing was spent: set CONFIRM_SPEND to agree, or run with DRY_RUN.</source>
        <translation>Esta verificación gastaría {cost} tokens para {count} parcelas y la cuenta tiene {free} tokens disponibles. No se gastó nada: active CONFIRM_SPEND para aceptar, o ejecute con DRY_RUN.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="296"/>
        <source>Dry run: no token is spent, the results are simulated.</source>
        <translation>Prueba: no se gastan tokens, los resultados son simulados.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="322"/>
        <source>Checking {count} plots with the {engine} engine…</source>
        <translation>Verificando {count} parcelas con el motor {engine}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="329"/>
        <source>The {engine} engine</source>
        <translation>El motor {engine}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="339"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="341"/>
        <source>Writing {path}…</source>
        <translation>Escribiendo {path}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="349"/>
        <source>The run record could not be stored: {error}</source>
        <translation>No se pudo guardar el registro de la ejecución: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="387"/>
        <source>{plots} plots checked with the {engine} engine (run {status}).</source>
        <translation>{plots} parcelas verificadas con el motor {engine} (ejecución {status}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="390"/>
        <source>Risk: High {HIGH}, Medium {MEDIUM}, Low {LOW}, Unknown {UNKNOWN}; invalid {INVALID}, failed {FAILED}.</source>
        <translation>Riesgo: Alto {HIGH}, Medio {MEDIUM}, Bajo {LOW}, Desconocido {UNKNOWN}; inválidas {INVALID}, fallidas {FAILED}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="392"/>
        <source>Area {area} ha, deforestation after 2020 {loss} ha.</source>
        <translation>Superficie {area} ha, deforestación después de 2020 {loss} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="398"/>
        <source>{count} results are simulated (dry run): not real results.</source>
        <translation>{count} resultados son simulados (prueba): no son resultados reales.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="404"/>
        <source>Output: {uri}</source>
        <translation>Salida: {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>Validation: {errors}, {warnings}.</source>
        <translation>Validación: {errors}, {warnings}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportEudrAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="91"/>
        <source>Export for the EU Information System</source>
        <translation>Exportar para el sistema de información de la UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="94"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="100"/>
        <source>Writes the geolocation GeoJSON of a due diligence statement for the EU Information System (EUDR / TRACES), from any plot or result layer.

Each feature has exactly the properties ProducerName, ProducerCountry (ISO 3166-1 alpha-2; from the country field, or looked up at the plot), ProductionPlace and, for points, Area in hectares (0.0001 to 4 ha; cattle may exceed 4 ha). Coordinates are truncated to 6 decimals as the Information System does, and validity is checked on what is written: a polygon that becomes invalid is snapped to the grid (a recorded change) or left out. A polygon with holes is written as hole-free polygons covering the same area. Plots with validation errors are left out.

When one file would exceed 25 MB or 1,000 producers, several files are written, one per statement, named _statement-1-of-N, _statement-2-of-N… The optional PRODUCERS file holds the same data as the DDS producers list (country, name and base64 GeoJSON per producer). The TABLE output lists every plot: written, changed or left out, and why.</source>
        <translation>Escribe el GeoJSON de geolocalización de una declaración de diligencia debida para el sistema de información de la UE (EUDR / TRACES), a partir de cualquier capa de parcelas o de resultados.

Cada entidad tiene exactamente las propiedades ProducerName, ProducerCountry (ISO 3166-1 alfa-2; del campo de país, o buscado en la ubicación de la parcela), ProductionPlace y, para los puntos, Area en hectáreas (de 0,0001 a 4 ha; el ganado bovino puede superar 4 ha). Las coordenadas se truncan a 6 decimales como hace el sistema de información, y la validez se comprueba sobre lo que se escribe: un polígono que se vuelve inválido se ajusta a la cuadrícula (un cambio registrado) o se excluye. Un polígono con huecos se escribe como polígonos sin huecos que cubren la misma superficie. Las parcelas con errores de validación se excluyen.

Cuando un archivo superaría 25 MB o 1.000 productores, se escriben varios archivos, uno por declaración, llamados _statement-1-of-N, _statement-2-of-N… El archivo opcional PRODUCERS contiene los mismos datos que la lista producers de la DDS (país, nombre y GeoJSON en base64 por productor). La salida TABLE lista cada parcela: escrita, cambiada o excluida, y por qué.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="119"/>
        <source>Plots or results (points or polygons, any CRS)</source>
        <translation>Parcelas o resultados (puntos o polígonos, cualquier SRC)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Plot id field</source>
        <translation>Campo de identificador de la parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Producer name field</source>
        <translation>Campo de nombre del productor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Production place field</source>
        <translation>Campo de lugar de producción</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Producer country field (ISO code or name; empty: looked up at the plot)</source>
        <translation>Campo de país del productor (código ISO o nombre; vacío: se busca en la ubicación de la parcela)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Point area field (hectares, for point plots)</source>
        <translation>Campo de superficie del punto (hectáreas, para parcelas de punto)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="138"/>
        <source>Commodity</source>
        <translation>Producto básico</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="141"/>
        <source>EU Information System GeoJSON</source>
        <translation>GeoJSON para el sistema de información de la UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="141"/>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="145"/>
        <source>DDS producers (JSON)</source>
        <translation>Productores de la DDS (JSON)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="145"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="150"/>
        <source>Export table</source>
        <translation>Tabla de exportación</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="154"/>
        <source>Files written</source>
        <translation>Archivos escritos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="155"/>
        <source>Plots written unchanged</source>
        <translation>Parcelas escritas sin cambios</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="156"/>
        <source>Plots written with changes</source>
        <translation>Parcelas escritas con cambios</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="157"/>
        <source>Plots left out</source>
        <translation>Parcelas excluidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="175"/>
        <source>The EU export</source>
        <translation>La exportación para la UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="186"/>
        <source>Field {field} is not in the input layer.</source>
        <translation>El campo {field} no está en la capa de entrada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="192"/>
        <source>Producer country from the field {field}.</source>
        <translation>País del productor tomado del campo {field}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="193"/>
        <source>Validating {count} plots…</source>
        <translation>Validando {count} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="201"/>
        <source>Writing the EU Information System file…</source>
        <translation>Escribiendo el archivo para el sistema de información de la UE…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="220"/>
        <source>Could not write {path}: {error}</source>
        <translation>No se pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="235"/>
        <source>{written} plots written, {changed} written with changes, {left} left out; {files} file(s): {paths}</source>
        <translation>{written} parcelas escritas, {changed} escritas con cambios, {left} excluidas; {files} archivo(s): {paths}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="248"/>
        <source>No country lookup ({error}): only ISO codes given in a field are used.</source>
        <translation>Sin búsqueda de país ({error}): solo se usan los códigos ISO dados en un campo.</translation>
    </message>
</context>
<context>
    <name>FixPlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="40"/>
        <source>Fix plots (safe fixes)</source>
        <translation>Corregir parcelas (correcciones seguras)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="43"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="50"/>
        <source>Writes a fixed copy of the plots (WGS84) with every source attribute kept and a 'vantage_fixes' field saying what was changed. Only safe fixes are applied, and only the ones chosen:
{fixes}

The optional CHANGES table lists each change (and each fix that could not be applied safely). Run 'Validate plots' on the result to see what is left.</source>
        <translation>Escribe una copia corregida de las parcelas (WGS84) que conserva todos los atributos de origen y agrega un campo 'vantage_fixes' que indica qué se cambió. Solo se aplican las correcciones seguras, y únicamente las elegidas:
{fixes}

La tabla opcional CHANGES lista cada cambio (y cada corrección que no se pudo aplicar de forma segura). Ejecute 'Validar parcelas' sobre el resultado para ver lo que queda.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="60"/>
        <source>Fixes to apply</source>
        <translation>Correcciones a aplicar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="70"/>
        <source>Fixed plots</source>
        <translation>Parcelas corregidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="77"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="82"/>
        <source>Changes made</source>
        <translation>Cambios realizados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="83"/>
        <source>Plots changed</source>
        <translation>Parcelas modificadas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="84"/>
        <source>Fixes not applied (unsafe)</source>
        <translation>Correcciones no aplicadas (no seguras)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="96"/>
        <source>Applying {fixes}…</source>
        <translation>Aplicando {fixes}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="96"/>
        <source>no fix</source>
        <translation>ninguna corrección</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="127"/>
        <source>{changes} changes to {plots} plots; {skipped} fixes not applied.</source>
        <translation>{changes} cambios en {plots} parcelas; {skipped} correcciones no aplicadas.</translation>
    </message>
</context>
<context>
    <name>ImportJobAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="66"/>
        <source>Import a Vantage job</source>
        <translation>Importar un trabajo de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="69"/>
        <source>Vantage API</source>
        <translation>API de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="75"/>
        <source>Fetches the results of an existing job of your Vantage account (see 'List Vantage jobs') and writes them with the plots' geometries to a GeoPackage styled by risk level. Nothing is spent. Uses the account set in the plugin settings.</source>
        <translation>Obtiene los resultados de un trabajo existente de su cuenta de Vantage (vea 'Listar trabajos de Vantage') y los escribe, con las geometrías de las parcelas, en un GeoPackage con estilo por nivel de riesgo. No se gasta nada. Usa la cuenta definida en la configuración del complemento.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="82"/>
        <source>Job id</source>
        <translation>Id. del trabajo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="83"/>
        <source>The job was a dry run (simulated results)</source>
        <translation>El trabajo fue una prueba (resultados simulados)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="88"/>
        <source>Job results (GeoPackage)</source>
        <translation>Resultados del trabajo (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="93"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="94"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="108"/>
        <source>Give the id of the job to import.</source>
        <translation>Indique el id. del trabajo que desea importar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="123"/>
        <source>The job cost no token: its results are marked simulated (dry run).</source>
        <translation>El trabajo no costó ningún token: sus resultados se marcan como simulados (prueba).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="143"/>
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
        <source>Lists the jobs of your Vantage account, newest first (id, name, status, dates, token cost, number of plots), as a table. Import one with 'Import a Vantage job'.</source>
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
        <location filename="../vantage_plugin/processing/list_jobs.py" line="105"/>
        <source>{count} jobs.</source>
        <translation>{count} trabajos.</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="55"/>
        <source>Run report (PDF)</source>
        <translation>Informe de ejecución (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="58"/>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="68"/>
        <source>Writes the PDF report of a result layer made by 'Check plots (EUDR)': the run (input, engine, date, data sources with their versions and years, parameters), the counts by risk level and status with their hectares, a table of every plot (on as many pages as needed), then one page per plot that needs a look (High, Medium, Unknown, invalid or failed) with its evidence map and reasons.

Evidence maps missing for those plots are rendered first (into &lt;results&gt;_evidence beside the GeoPackage, their paths stored in analysis_image) unless RENDER_MISSING is off.</source>
        <translation>Escribe el informe PDF de una capa de resultados creada por «Verificar parcelas (EUDR)»: la ejecución (entrada, motor, fecha, fuentes de datos con sus versiones y años, parámetros), los recuentos por nivel de riesgo y estado con sus hectáreas, una tabla de todas las parcelas (en tantas páginas como haga falta) y luego una página por parcela que requiere revisión (Alto, Medio, Desconocido, inválida o fallida) con su mapa de evidencia y sus motivos.

Los mapas de evidencia que falten para esas parcelas se generan primero (en &lt;results&gt;_evidence junto al GeoPackage, con sus rutas guardadas en analysis_image), salvo si RENDER_MISSING está desactivado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="79"/>
        <source>Result layer (GeoPackage written by Check plots)</source>
        <translation>Capa de resultados (GeoPackage escrito por Verificar parcelas)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="82"/>
        <source>Render missing evidence maps</source>
        <translation>Generar los mapas de evidencia que falten</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="84"/>
        <source>Report (PDF)</source>
        <translation>Informe (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="86"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="87"/>
        <source>Plots that need a look</source>
        <translation>Parcelas que requieren revisión</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="97"/>
        <source>The report is made from a result GeoPackage written by Check plots.</source>
        <translation>El informe se hace a partir de un GeoPackage de resultados escrito por Verificar parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="109"/>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} páginas, {flagged} parcelas que requieren revisión: {path}</translation>
    </message>
</context>
<context>
    <name>ValidatePlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="27"/>
        <source>Validate plots</source>
        <translation>Validar parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="61"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="36"/>
        <source>Checks every plot against the EUDR and Vantage geometry rules before anything is analysed or sent: missing or unreadable geometries, open or mis-nested rings, self-intersections, spikes, too few decimals, duplicates and overlaps, points above 4 ha, commodity and harvest date values.

The output has one row per problem, with the plot's id, the rule code, its severity (an error blocks the plot, a warning does not), a message, the safe fix that removes it (see 'Fix plots') and the plot's geometry in WGS84.

Outputs ERRORS, WARNINGS and VALID_PLOTS (plots without any error) are numbers usable in models.</source>
        <translation>Verifica cada parcela según las reglas de geometría del EUDR y de Vantage antes de analizar o enviar nada: geometrías faltantes o ilegibles, anillos abiertos o mal anidados, autointersecciones, picos, muy pocos decimales, duplicados y superposiciones, puntos de más de 4 ha, valores de materia prima y de fecha de cosecha.

La salida tiene una fila por problema, con el id de la parcela, el código de la regla, su gravedad (un error bloquea la parcela, una advertencia no), un mensaje, la corrección segura que lo elimina (vea 'Corregir parcelas') y la geometría de la parcela en WGS84.

Las salidas ERRORS, WARNINGS y VALID_PLOTS (parcelas sin ningún error) son números que se pueden usar en modelos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="48"/>
        <source>Check overlaps between plots</source>
        <translation>Verificar superposiciones entre parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="53"/>
        <source>Plot issues</source>
        <translation>Problemas de las parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="58"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="59"/>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="60"/>
        <source>Plots without error</source>
        <translation>Parcelas sin errores</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="69"/>
        <source>Validating {count} plots…</source>
        <translation>Validando {count} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>{plots}: {errors}, {warnings}; {valid} without error.</source>
        <translation>{plots}: {errors}, {warnings}; {valid} sin errores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>%n plot(s)</source>
        <translation>
            <numerusform>%n parcela</numerusform>
            <numerusform>%n parcelas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VantageAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="214"/>
        <source>{parameter} must be one of {names} (or its number).</source>
        <translation>{parameter} debe ser uno de {names} (o su número).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="244"/>
        <source>Plots (any vector layer: points or polygons, any CRS)</source>
        <translation>Parcelas (cualquier capa vectorial: puntos o polígonos, cualquier SRC)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="261"/>
        <source>Guess unset fields from common names (id, plot_id, commodity, harvest_date…)</source>
        <translation>Deducir los campos no definidos a partir de nombres comunes (id, plot_id, commodity, harvest_date…)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="278"/>
        <source>Field {field} is not in the input layer.</source>
        <translation>El campo {field} no está en la capa de entrada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="326"/>
        <source>Fields: id={plot_id}, name={plot_name}, commodity={commodity}, harvest date={harvest_date}, point area={point_ha}</source>
        <translation>Campos: id={plot_id}, nombre={plot_name}, materia prima={commodity}, fecha de cosecha={harvest_date}, superficie del punto={point_ha}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="331"/>
        <source>Guessed from its name: {entry} = {field} (set the field parameter to choose another, or turn guessing off)</source>
        <translation>Deducido de su nombre: {entry} = {field} (indique el parámetro de campo para elegir otro, o desactive la detección)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="338"/>
        <source>{count} plots read.</source>
        <translation>{count} parcelas leídas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="340"/>
        <source>{count} plots have a geometry QGIS could not read (reported as errors).</source>
        <translation>{count} parcelas tienen una geometría que QGIS no pudo leer (se informan como errores).</translation>
    </message>
</context>
<context>
    <name>VantageProcessing</name>
    <message>
        <location filename="../vantage_plugin/processing/provider.py" line="66"/>
        <source>Vantage (EUDR)</source>
        <translation>Vantage (EUDR)</translation>
    </message>
</context>
<context>
    <name>VantageRules</name>
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
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="128"/>
        <source> (it has {count})</source>
        <translation> (tiene {count})</translation>
    </message>
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
        <source>The plot's geometry is empty: draw the plot.</source>
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
        <source>The plot's geometry type {geometry_type} is not supported; use a point or a polygon.</source>
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
        <source>The geometry says "Polygon" but its coordinates are nested one level deeper, like a MultiPolygon ({parts} polygon(s)); it can be read as a MultiPolygon.</source>
        <translation>La geometría indica "Polygon" pero sus coordenadas están anidadas un nivel más, como un MultiPolygon ({parts} polígono(s)); se puede leer como un MultiPolygon.</translation>
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
        <source>Sharp spike</source>
        <translation>Pico agudo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} sharp spike(s): two edges meet at {angle:.2f}° at {lon:.6f}, {lat:.6f}, adding a long thin sliver; check that vertex.</source>
        <translation>{count} pico(s) agudo(s): dos lados se unen a {angle:.2f}° en {lon:.6f}, {lat:.6f}, añadiendo una franja larga y estrecha; revise ese vértice.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Crosses the 180° meridian</source>
        <translation>Cruza el meridiano 180°</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>An edge jumps from longitude {west:.6f} to {east:.6f} across the 180° meridian: read as drawn, the plot goes the long way round the world. Split it at 180° into one part on each side.</source>
        <translation>Un lado salta de la longitud {west:.6f} a {east:.6f} a través del meridiano 180°: leída tal como está dibujada, la parcela da la vuelta al mundo por el otro lado. Divídala en 180° en una parte a cada lado.</translation>
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
        <source>The point's area (point_ha) {value!r} is not a number.</source>
        <translation>La superficie del punto (point_ha) {value!r} no es un número.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point area not positive</source>
        <translation>Superficie del punto no positiva</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point's area (point_ha) is {value:g} ha; it must be more than 0.</source>
        <translation>La superficie del punto (point_ha) es de {value:g} ha; debe ser mayor que 0.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point for a large plot</source>
        <translation>Punto para una parcela grande</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point stands for {value:g} ha; Vantage takes a point only for a plot under {max} ha (the EU Information System accepts points up to {max} ha): draw this plot as a polygon.</source>
        <translation>El punto representa {value:g} ha; Vantage solo acepta un punto para una parcela de menos de {max} ha (el Sistema de Información de la UE acepta puntos de hasta {max} ha): dibuje esta parcela como polígono.</translation>
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
        <source>Harvest date before 2021</source>
        <translation>Fecha de cosecha anterior a 2021</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value} is before 1 January 2021: the EUDR cut-off is 31 December 2020, so there is no period after it to assess.</source>
        <translation>La fecha de cosecha {value} es anterior al 1 de enero de 2021: la fecha límite del EUDR es el 31 de diciembre de 2020, así que no hay ningún período posterior que evaluar.</translation>
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
        <source>Duplicate plot id</source>
        <translation>Identificador de parcela duplicado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Plot id {value!r} of {feature} is also the id of {other_feature}.</source>
        <translation>El identificador de parcela {value!r} de {feature} es también el de {other_feature}.</translation>
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
        <location filename="../vantage_plugin/core/validation/rules.py" line="216"/>
        <source> (it lies entirely inside that plot)</source>
        <translation> (está completamente dentro de esa parcela)</translation>
    </message>
</context>
<context>
    <name>VantageRisk</name>
    <message>
        <source>High: Deforestation &gt; 15% or &gt; 1 ha</source>
        <translation>Alto: deforestación &gt; 15 % o &gt; 1 ha</translation>
    </message>
    <message>
        <source>Medium: Deforestation &gt; 10% or &gt; 0.5 ha</source>
        <translation>Medio: deforestación &gt; 10 % o &gt; 0,5 ha</translation>
    </message>
    <message>
        <source>Low: Low deforestation detection</source>
        <translation>Bajo: poca deforestación detectada</translation>
    </message>
    <message>
        <source>Unknown: no deforestation data covers the plot</source>
        <translation>Desconocido: ningún dato de deforestación cubre la parcela</translation>
    </message>
    <message>
        <source>Unknown: the data do not cover the whole plot and analysis window</source>
        <translation>Desconocido: los datos no cubren toda la parcela ni todo el periodo de análisis</translation>
    </message>
</context>
</TS>
