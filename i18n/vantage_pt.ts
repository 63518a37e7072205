<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>@default</name>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="57"/>
        <source>The Vantage Processing algorithms are not available: {error}</source>
        <translation>Os algoritmos de Processamento do Vantage não estão disponíveis: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="270"/>
        <source>Vantage for QGIS</source>
        <translation>Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="86"/>
        <source>Vantage EUDR check</source>
        <translation>Verificação EUDR do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="89"/>
        <source>Show or hide the Vantage panel: validate and check plots for the EUDR</source>
        <translation>Mostrar ou ocultar o painel do Vantage: validar e verificar parcelas para o EUDR</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="93"/>
        <source>Vantage settings…</source>
        <translation>Configurações do Vantage…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="102"/>
        <source>&amp;Vantage for QGIS</source>
        <translation>&amp;Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="191"/>
        <source>The Vantage panel could not be opened: {error}</source>
        <translation>Não foi possível abrir o painel do Vantage: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Low</source>
        <translation>Baixo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="57"/>
        <source>analysed</source>
        <translation>analisada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="58"/>
        <source>analysed, data missing</source>
        <translation>analisada, dados faltando</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="60"/>
        <source>invalid (not analysed)</source>
        <translation>inválida (não analisada)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="62"/>
        <source>simulated (dry run)</source>
        <translation>simulada (teste)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="36"/>
        <source>{plots} plots</source>
        <translation>{plots} parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="64"/>
        <source>Vantage check summary</source>
        <translation>Resumo da verificação do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="78"/>
        <source>Dry run: these values are simulated placeholders, not real results.</source>
        <translation>Teste: estes valores são simulados, não são resultados reais.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Risk level</source>
        <translation>Nível de risco</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="343"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="89"/>
        <source>By risk level</source>
        <translation>Por nível de risco</translation>
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
        <translation>Área total: {area} ha. Desmatamento após 2020: {deforestation} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="114"/>
        <source>Run: {engine}, {status}</source>
        <translation>Execução: {engine}, {status}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="121"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="121"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="130"/>
        <source>Saved to {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="20"/>
        <source>Spend Vantage tokens?</source>
        <translation>Gastar tokens do Vantage?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="27"/>
        <source>This check sends {plots} plots to the Vantage API and costs {cost} tokens.</source>
        <translation>Esta verificação envia {plots} parcelas para a API do Vantage e custa {cost} tokens.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="36"/>
        <source>Your free token balance is unknown.</source>
        <translation>Seu saldo de tokens disponíveis é desconhecido.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="38"/>
        <source>You have {free} free tokens; {left} would be left.</source>
        <translation>Você tem {free} tokens disponíveis; restariam {left}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="46"/>
        <source>You do not have enough free tokens for this job.</source>
        <translation>Você não tem tokens disponíveis suficientes para este trabalho.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="50"/>
        <source>Tokens reserved for plots that fail are returned. A dry run costs nothing.</source>
        <translation>Os tokens reservados para parcelas que falham são devolvidos. Um teste não custa nada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="56"/>
        <source>Spend {cost} tokens</source>
        <translation>Gastar {cost} tokens</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="115"/>
        <source>Wood</source>
        <translation>Madeira</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="116"/>
        <source>Soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="117"/>
        <source>Cocoa</source>
        <translation>Cacau</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="118"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="119"/>
        <source>Palm oil</source>
        <translation>Óleo de palma</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="120"/>
        <source>Cattle (beef)</source>
        <translation>Gado bovino (carne)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="121"/>
        <source>Rubber</source>
        <translation>Borracha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="265"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="265"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="257"/>
        <source>A vector layer of plots: polygons or points, any CRS</source>
        <translation>Uma camada vetorial de parcelas: polígonos ou pontos, qualquer SRC</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="258"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="259"/>
        <source>Selected features only</source>
        <translation>Apenas a seleção</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="262"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="270"/>
        <source>Plot id</source>
        <translation>Id. da parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="271"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="407"/>
        <source>Commodity</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="419"/>
        <source>Harvest date</source>
        <translation>Data de colheita</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="274"/>
        <source>Point area (ha)</source>
        <translation>Área do ponto (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="294"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="295"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="299"/>
        <source>API jobs</source>
        <translation>Trabalhos da API</translation>
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
        <translation>Verificar cada parcela segundo as regras de geometria do EUDR e do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="338"/>
        <source>Fix…</source>
        <translation>Corrigir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="340"/>
        <source>Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)</source>
        <translation>Aplicar as correções seguras e gravar as parcelas corrigidas em um novo GeoPackage (sua camada não é alterada)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="883"/>
        <source>Validate the layer to list its problems.</source>
        <translation>Valide a camada para listar seus problemas.</translation>
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
        <translation>Gravidade</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="208"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="391"/>
        <source>Bundled (offline)</source>
        <translation>Integrado (offline)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="51"/>
        <source>Vantage API</source>
        <translation>API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="301"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="400"/>
        <source>From the field</source>
        <translation>Do campo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="406"/>
        <source>Used for plots whose commodity field is empty</source>
        <translation>Usado para as parcelas cujo campo de produto está vazio</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="412"/>
        <source>From the date field</source>
        <translation>Do campo de data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="416"/>
        <source>Used for plots whose harvest date field is empty; the analysis runs up to this date</source>
        <translation>Usada para as parcelas cujo campo de data de colheita está vazio; a análise vai até esta data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1005"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="425"/>
        <source>Save the results as</source>
        <translation>Salvar os resultados como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="426"/>
        <source>The results are written to this GeoPackage</source>
        <translation>Os resultados são gravados neste GeoPackage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="427"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="447"/>
        <source>Dry run (free)</source>
        <translation>Teste (grátis)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="449"/>
        <source>A dry run spends no token and returns simulated values, not real results</source>
        <translation>Um teste não gasta tokens e devolve valores simulados, não resultados reais</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="655"/>
        <source>Log in…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="471"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="473"/>
        <source>Ask the Vantage API for your token balance</source>
        <translation>Consultar seu saldo de tokens na API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="484"/>
        <source>Check plots</source>
        <translation>Verificar parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="489"/>
        <source>Summary…</source>
        <translation>Resumo…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1400"/>
        <source>Your Vantage API jobs, newest first.</source>
        <translation>Seus trabalhos da API do Vantage, os mais recentes primeiro.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="515"/>
        <source>Load jobs</source>
        <translation>Carregar trabalhos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="518"/>
        <source>Load more</source>
        <translation>Carregar mais</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="651"/>
        <source>Change login…</source>
        <translation>Mudar de conta…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="653"/>
        <source>Token balance not loaded yet.</source>
        <translation>Saldo de tokens ainda não carregado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="656"/>
        <source>Not logged in.</source>
        <translation>Sem sessão iniciada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="657"/>
        <source>Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check asks before spending tokens.</source>
        <translation>As parcelas são enviadas para a API do Vantage da Open Atlas. Um teste não custa nada; uma verificação real pede confirmação antes de gastar tokens.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="673"/>
        <source>Offline, with the data of {path}.</source>
        <translation>Offline, com os dados de {path}.</translation>
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
        <translation>Falta uma parte do complemento: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="820"/>
        <source>Failed: {error}</source>
        <translation>Falhou: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="837"/>
        <source>Choose a layer of plots first.</source>
        <translation>Escolha primeiro uma camada de parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="143"/>
        <source>No feature is selected in {layer}.</source>
        <translation>Nenhuma feição está selecionada em {layer}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="863"/>
        <source>Validating {n} plots…</source>
        <translation>Validando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="48"/>
        <source>A safe fix exists: use Fix…</source>
        <translation>Existe uma correção segura: use Corrigir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="922"/>
        <source>No problem found: all {total} plots can be checked.</source>
        <translation>Nenhum problema: as {total} parcelas podem ser verificadas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1005"/>
        <source>Save the fixed plots as</source>
        <translation>Salvar as parcelas corrigidas como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1021"/>
        <source>Fixing {n} plots…</source>
        <translation>Corrigindo {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1036"/>
        <source>{layer} (fixed)</source>
        <translation>{layer} (corrigida)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1038"/>
        <source>Remaining problems</source>
        <translation>Problemas restantes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1039"/>
        <source>{n} fixes applied; the fixed plots are in a new layer.</source>
        <translation>{n} correções aplicadas; as parcelas corrigidas estão em uma nova camada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1062"/>
        <source>Choose where to save the results (a GeoPackage).</source>
        <translation>Escolha onde salvar os resultados (um GeoPackage).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1101"/>
        <source>Checking {n} plots…</source>
        <translation>Verificando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="137"/>
        <source>Check finished: {summary}</source>
        <translation>Verificação concluída: {summary}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1288"/>
        <source>The output could not be opened: {uri}</source>
        <translation>Não foi possível abrir a saída: {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1323"/>
        <source>Log in to use the Vantage API.</source>
        <translation>Entre para usar a API do Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1357"/>
        <source>Loading the token balance…</source>
        <translation>Carregando o saldo de tokens…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1358"/>
        <source>Vantage token balance</source>
        <translation>Saldo de tokens do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1364"/>
        <source>{free} free tokens</source>
        <translation>{free} tokens disponíveis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1366"/>
        <source>(balance {total}, reserved {reserved})</source>
        <translation>(saldo {total}, reservados {reserved})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1376"/>
        <source>Vantage jobs</source>
        <translation>Trabalhos do Vantage</translation>
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
        <translation>Ainda não há trabalhos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="55"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="58"/>
        <source>Login (auth config)</source>
        <translation>Conta (config. de autenticação)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="59"/>
        <source>Dry run by default (no token is spent)</source>
        <translation>Teste por padrão (nenhum token é gasto)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="72"/>
        <source>Bundled offline engine</source>
        <translation>Motor integrado offline</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="485"/>
        <source>Data catalog (*.json)</source>
        <translation>Catálogo de dados (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="86"/>
        <source>Outputs</source>
        <translation>Saídas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="91"/>
        <source>Default output folder</source>
        <translation>Pasta de saída padrão</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="161"/>
        <source>Vantage settings</source>
        <translation>Configurações do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="54"/>
        <source>Log in to Vantage</source>
        <translation>Entrar no Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="59"/>
        <source>Use the user name and password Open Atlas gave you. They are kept in the QGIS authentication database, never in plain settings.</source>
        <translation>Use o nome de usuário e a senha que a Open Atlas forneceu. Eles ficam guardados no banco de dados de autenticação do QGIS, nunca nas configurações em texto simples.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="74"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="78"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="90"/>
        <source>Save login</source>
        <translation>Salvar a conta</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="105"/>
        <source>The server address must start with https://</source>
        <translation>O endereço do servidor deve começar com https://</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="108"/>
        <source>Enter your user name and password.</source>
        <translation>Digite seu nome de usuário e sua senha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="43"/>
        <source>Install shapely 2.0 or later (python3-shapely or pip install shapely).</source>
        <translation>Instale o shapely 2.0 ou mais recente (python3-shapely ou pip install shapely).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="44"/>
        <source>The plugin could not be loaded: {error}.</source>
        <translation>Não foi possível carregar o complemento: {error}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="347"/>
        <source>Show warnings</source>
        <translation>Mostrar avisos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="936"/>
        <source>Validation finished.</source>
        <translation>Validação concluída.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="783"/>
        <source>No job was started and no token was spent.</source>
        <translation>Nenhum trabalho foi iniciado e nenhum token foi gasto.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="135"/>
        <source>{what} is not available in this installation of Vantage for QGIS ({error}).</source>
        <translation>{what}: não disponível nesta instalação do Vantage para QGIS ({error}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/client.py" line="23"/>
        <source>No Vantage account is set up: log in from the Vantage panel or its settings first.</source>
        <translation>Nenhuma conta do Vantage está configurada: entre primeiro pelo painel do Vantage ou pelas configurações dele.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="18"/>
        <source>blocked by validation</source>
        <translation>bloqueadas pela validação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="20"/>
        <source>still running at the Vantage API</source>
        <translation>ainda em andamento na API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>cancelled</source>
        <translation>análise cancelada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="22"/>
        <source>analysis failed</source>
        <translation>falha na análise</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="31"/>
        <source>no loss-year data configured</source>
        <translation>nenhum dado de ano de perda configurado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="34"/>
        <source>only partly covered by the data</source>
        <translation>cobertas apenas em parte pelos dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="33"/>
        <source>outside the data</source>
        <translation>fora da cobertura dos dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="26"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="167"/>
        <source>no risk level</source>
        <translation>sem nível de risco</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="170"/>
        <source>Check finished: no plot was checked.</source>
        <translation>Verificação concluída: nenhuma parcela foi verificada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="176"/>
        <source>Check finished, but no plot could be assessed: {why}.</source>
        <translation>Verificação concluída, mas nenhuma parcela pôde ser avaliada: {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="180"/>
        <source>{n} of {total} plots could not be assessed: {why}.</source>
        <translation>{n} de {total} parcelas não puderam ser avaliadas: {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="184"/>
        <source>{n} plots are only partly covered by the data (their level is a minimum).</source>
        <translation>{n} parcelas estão cobertas apenas em parte pelos dados (o nível delas é um mínimo).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="75"/>
        <source>The data the offline engine reads, set once: forest 2020, tree cover loss year, protected areas, indigenous lands and boundaries. Saved as a data catalog (JSON) that a team can share.</source>
        <translation>Os dados que o motor offline lê, definidos uma única vez: floresta 2020, ano de perda de cobertura arbórea, áreas protegidas, terras indígenas e limites. Salvos como um catálogo de dados (JSON) que uma equipe pode compartilhar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="113"/>
        <source>The data catalog was not saved to {path}: {error}</source>
        <translation>O catálogo de dados não foi salvo em {path}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="435"/>
        <source>Forest 2020</source>
        <translation>Floresta 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="61"/>
        <source>Tree cover loss year</source>
        <translation>Ano de perda de cobertura arbórea</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="439"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="441"/>
        <source>Indigenous lands</source>
        <translation>Terras indígenas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="64"/>
        <source>Country / state boundaries</source>
        <translation>Limites de países / estados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="153"/>
        <source>The JSON file this catalog is saved to. Point several computers to one shared file to use the same data across a team.</source>
        <translation>O arquivo JSON em que este catálogo é salvo. Aponte vários computadores para um mesmo arquivo compartilhado para usar os mesmos dados em toda a equipe.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="157"/>
        <source>Open catalog file…</source>
        <translation>Abrir arquivo de catálogo…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="159"/>
        <source>Use an existing catalog file (e.g. one shared by your team)</source>
        <translation>Usar um arquivo de catálogo existente (por exemplo, um compartilhado pela sua equipe)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="160"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="162"/>
        <source>Write this catalog to another file and use that file from now on</source>
        <translation>Gravar este catálogo em outro arquivo e usar esse arquivo daqui em diante</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="171"/>
        <source>Catalog file</source>
        <translation>Arquivo do catálogo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="174"/>
        <source>Tree cover percent (Hansen treecover2000) or a 0/1 forest mask (JRC GFC2020): a file, a folder of tiles, a VRT or a URL (type it)</source>
        <translation>Percentual de cobertura arbórea (Hansen treecover2000) ou uma máscara de floresta 0/1 (JRC GFC2020): um arquivo, uma pasta de tiles, um VRT ou uma URL (digite-a)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="185"/>
        <source>A pixel is forest when its value ≥ this</source>
        <translation>Um pixel é floresta quando seu valor ≥ este limiar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="189"/>
        <source>A pixel is forest when its value ≥ this: 1 for a JRC mask, 10–30 for Hansen tree cover.</source>
        <translation>Um pixel é floresta quando seu valor ≥ este limiar: 1 para uma máscara JRC, 10–30 para a cobertura arbórea do Hansen.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="194"/>
        <source>Forest threshold</source>
        <translation>Limiar de floresta</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="195"/>
        <source>Forest source is the JRC GFC2020 mask</source>
        <translation>A fonte de floresta é a máscara JRC GFC2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="198"/>
        <source>Also recognised by a file name containing GFC2020 or JRC; the threshold is then 1</source>
        <translation>Também reconhecida por um nome de arquivo que contenha GFC2020 ou JRC; o limiar passa a ser 1</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="203"/>
        <source>Hansen lossyear (0 = no loss, n = loss in 2000 + n): a file, a folder of tiles, a VRT or a URL</source>
        <translation>Hansen lossyear (0 = sem perda, n = perda em 2000 + n): um arquivo, uma pasta de tiles, um VRT ou uma URL</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="224"/>
        <source>Check data</source>
        <translation>Verificar dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="226"/>
        <source>Open every file of the catalog and report what cannot be read</source>
        <translation>Abrir cada arquivo do catálogo e informar o que não pode ser lido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="250"/>
        <source>Rasters (*.tif *.tiff *.vrt *.img *.jp2);;All files (*)</source>
        <translation>Rasters (*.tif *.tiff *.vrt *.img *.jp2);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="279"/>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="257"/>
        <source>Folder…</source>
        <translation>Pasta…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="258"/>
        <source>Choose a folder of tiles</source>
        <translation>Escolher uma pasta de tiles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="267"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;All files (*)</source>
        <translation>Dados vetoriais (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="270"/>
        <source>A vector file (any OGR format), a /vsizip/ path or a URL</source>
        <translation>Um arquivo vetorial (qualquer formato OGR), um caminho /vsizip/ ou uma URL</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="273"/>
        <source>default: QGIS's world_map.gpkg</source>
        <translation>padrão: world_map.gpkg do QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="274"/>
        <source>Empty: {path} (Natural Earth countries and states)</source>
        <translation>Vazio: {path} (países e estados do Natural Earth)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="277"/>
        <source>QGIS's world_map.gpkg was not found: choose a file</source>
        <translation>O arquivo world_map.gpkg do QGIS não foi encontrado: escolha um arquivo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="288"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="289"/>
        <source>The layer to read; empty: the world_map countries and states layers, else the first polygon layer</source>
        <translation>A camada a ser lida; vazio: as camadas de países e estados do world_map; caso contrário, a primeira camada de polígonos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="289"/>
        <source>The layer to read; empty: the only layer, else the first polygon layer</source>
        <translation>A camada a ser lida; vazio: a única camada; caso contrário, a primeira camada de polígonos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="299"/>
        <source>e.g. {example}</source>
        <translation>ex.: {example}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="300"/>
        <source>Optional field mapping: role=field pairs, comma separated; empty: detected from the layer.</source>
        <translation>Mapeamento de campos opcional: pares role=field separados por vírgulas; vazio: detectado a partir da camada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="302"/>
        <source>Roles: {roles}</source>
        <translation>Papéis: {roles}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="396"/>
        <source>{role}: the field mapping '{text}' is not role=field pairs</source>
        <translation>{role}: o mapeamento de campos '{text}' não está em pares role=field</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="419"/>
        <source>The data catalog could not be read: {error}</source>
        <translation>Não foi possível ler o catálogo de dados: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="467"/>
        <source>Open a data catalog</source>
        <translation>Abrir um catálogo de dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="480"/>
        <source>Catalog read from {path}. Save the settings to use it.</source>
        <translation>Catálogo lido de {path}. Salve as configurações para usá-lo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="485"/>
        <source>Save the data catalog as</source>
        <translation>Salvar o catálogo de dados como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="495"/>
        <source>The data catalog could not be saved: {error}</source>
        <translation>Não foi possível salvar o catálogo de dados: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="499"/>
        <source>Catalog saved to {path}. Save the settings to use it.</source>
        <translation>Catálogo salvo em {path}. Salve as configurações para usá-lo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="524"/>
        <source>{role}: '{key}' is not a field mapping role (roles: {roles})</source>
        <translation>{role}: '{key}' não é um papel de mapeamento de campos (papéis: {roles})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="530"/>
        <source>No tree cover loss year data: every plot will be Unknown.</source>
        <translation>Sem dados de ano de perda de cobertura arbórea: todas as parcelas terão o nível Desconhecido.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="532"/>
        <source>No forest 2020 data: all loss after 2020 counts as deforestation (an upper bound).</source>
        <translation>Sem dados de floresta 2020: toda perda após 2020 conta como desmatamento (um limite superior).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="536"/>
        <source>No country / state boundaries: QGIS's world_map.gpkg was not found.</source>
        <translation>Sem limites de países / estados: o arquivo world_map.gpkg do QGIS não foi encontrado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="543"/>
        <source>The data cannot be used as it is:</source>
        <translation>Os dados não podem ser usados como estão:</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="550"/>
        <source>All data sources can be read.</source>
        <translation>Todas as fontes de dados podem ser lidas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="564"/>
        <source>{role}: a folder of tiles</source>
        <translation>{role}: uma pasta de tiles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="261"/>
        <source>Vantage for QGIS cannot check plots yet</source>
        <translation>O Vantage para QGIS ainda não pode verificar parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="211"/>
        <source>From the file name or the data</source>
        <translation>Pelo nome do ficheiro ou pelos dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="213"/>
        <source>The last year the loss data cover (a Hansen file name such as GFC-2023-v1.11 says it: 2023). Plots harvested after it are never rated Low.</source>
        <translation>O último ano coberto pelos dados de perda (um nome de ficheiro Hansen como GFC-2023-v1.11 indica-o: 2023). As parcelas colhidas depois dele nunca são classificadas como Baixo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="217"/>
        <source>Last year of the loss data</source>
        <translation>Último ano dos dados de perda</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="324"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="304"/>
        <source>Open the Vantage user guide</source>
        <translation>Abrir o guia do usuário do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="435"/>
        <source>Use the demo data</source>
        <translation>Usar a demonstração</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="437"/>
        <source>Check with the small demo data that ships with the plugin and open the demo plots</source>
        <translation>Verificar com os pequenos dados de demonstração incluídos no complemento e abrir as parcelas de demonstração</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="456"/>
        <source>Check types of the job: eudr always runs; Vantage runs only eudr for now</source>
        <translation>Tipos de verificação do trabalho: eudr é sempre executado; por enquanto a Vantage só executa eudr</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="666"/>
        <source>Offline, but no forest or loss data is chosen yet: every plot would be Unknown. Choose your data in the Vantage settings, or try the plugin with the demo data.</source>
        <translation>Offline, mas nenhum dado de floresta ou de perda foi escolhido ainda: todas as parcelas ficariam Desconhecidas. Escolha seus dados nas configurações do Vantage ou experimente o complemento com os dados de demonstração.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="191"/>
        <source>Offline; looking at the data catalog…</source>
        <translation>Offline; lendo o catálogo de dados…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="191"/>
        <source>Vantage data catalog</source>
        <translation>Catálogo de dados do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="671"/>
        <source>Offline, with the demo data (a small area of the Dominican Republic).</source>
        <translation>Offline, com os dados de demonstração (uma pequena área da República Dominicana).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="219"/>
        <source>Data files chosen earlier were moved or deleted ({files}). Choose them again in the Vantage settings, or use the demo data.</source>
        <translation>Arquivos de dados escolhidos antes foram movidos ou excluídos ({files}). Escolha-os novamente nas configurações do Vantage ou use os dados de demonstração.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="511"/>
        <source>{role}: file not found: {path} (moved or deleted since it was chosen). Choose the file again, or clear the field.</source>
        <translation>{role}: arquivo não encontrado: {path} (movido ou excluído depois de escolhido). Escolha o arquivo novamente ou limpe o campo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="720"/>
        <source>Demo data ready: press Check plots.</source>
        <translation>Dados de demonstração prontos: clique em Verificar parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="310"/>
        <source>Preparing the demo data…</source>
        <translation>Preparando os dados de demonstração…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="62"/>
        <source>Vantage demo data</source>
        <translation>Dados de demonstração do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="900"/>
        <source>Listing the problems…</source>
        <translation>Listando os problemas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>{ready} of {total} plots can be checked.</source>
        <translation>{ready} de {total} parcelas podem ser verificadas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n plot(s) blocked by errors.</source>
        <translation>
            <numerusform>%n parcela bloqueada por erros.</numerusform>
            <numerusform>%n parcelas bloqueadas por erros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="177"/>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1213"/>
        <source>Render one evidence map (PNG) per plot beside the results</source>
        <translation>Gerar um mapa de evidência (PNG) por parcela ao lado dos resultados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1215"/>
        <source>Report…</source>
        <translation>Relatório…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1217"/>
        <source>Write the run report (PDF)</source>
        <translation>Gravar o relatório de execução (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="38"/>
        <source>{count} evidence maps written to {folder}</source>
        <translation>{count} mapas de evidência gravados em {folder}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="35"/>
        <source>Rendering the evidence maps…</source>
        <translation>Gerando os mapas de evidência…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1257"/>
        <source>Save the run report as</source>
        <translation>Salvar o relatório de execução como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1257"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1270"/>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} páginas, {flagged} parcelas que precisam de revisão: {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo plots: polygons (made up)</source>
        <translation>Parcelas de demonstração: polígonos (fictícias)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo plots: points (made up)</source>
        <translation>Parcelas de demonstração: pontos (fictícias)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo protected areas (made up)</source>
        <translation>Áreas protegidas de demonstração (fictícias)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo indigenous land (made up)</source>
        <translation>Terra indígena de demonstração (fictícia)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="99"/>
        <source>Vantage demo</source>
        <translation>Demonstração do Vantage</translation>
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
        <translation>Resultados do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="47"/>
        <source>{layer} — risk, {engine} {time}</source>
        <translation>{layer} — risco, {engine} {time}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="50"/>
        <source>{layer} — DRY RUN (simulated), {time}</source>
        <translation>{layer} — SIMULAÇÃO (valores simulados), {time}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="91"/>
        <source>In a protected area</source>
        <translation>Em área protegida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="91"/>
        <source>On indigenous land</source>
        <translation>Em terra indígena</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="92"/>
        <source>Failed or invalid</source>
        <translation>Com falha ou inválida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="269"/>
        <source>Check plots to see the results here.</source>
        <translation>Verifique parcelas para ver os resultados aqui.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="230"/>
        <source>Show only these plots</source>
        <translation>Mostrar só estas parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="232"/>
        <source>Filter the result layer to the chosen entry</source>
        <translation>Filtrar a camada de resultados pela entrada escolhida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="234"/>
        <source>Label plots by id</source>
        <translation>Rotular as parcelas pelo id</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="239"/>
        <source>Attribute table</source>
        <translation>Tabela de atributos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="241"/>
        <source>Open the attribute table of the chosen plots</source>
        <translation>Abrir a tabela de atributos das parcelas escolhidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="279"/>
        <source>Dry run: the values are simulated, not results. {layer}</source>
        <translation>Simulação: os valores são simulados, não são resultados. {layer}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="281"/>
        <source>Counting the results of {layer}…</source>
        <translation>Contando os resultados de {layer}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="296"/>
        <source>Click an entry to select its plots and zoom to them.</source>
        <translation>Clique em uma entrada para selecionar suas parcelas e aproximar o zoom nelas.</translation>
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
        <translation>Depois deste prazo, a verificação deixa de esperar; o trabalho continua na Vantage e verificar de novo na mesma saída recolhe os seus resultados.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="69"/>
        <source>Wait for a job at most</source>
        <translation>Esperar um trabalho no máximo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="87"/>
        <source>Hectares</source>
        <translation>Hectares</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="103"/>
        <source>Run details</source>
        <translation>Detalhes da execução</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="150"/>
        <source>Plots that need a look</source>
        <translation>Parcelas que precisam de atenção</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="154"/>
        <source>Open the Results tab to list them.</source>
        <translation>Abra a aba Resultados para listá-las.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="169"/>
        <source>Select</source>
        <translation>Selecionar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="170"/>
        <source>Select these plots in the result layer and zoom to them</source>
        <translation>Selecionar estas parcelas na camada de resultados e aproximar o zoom nelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="178"/>
        <source>Open the analysis images of these plots (at most {n})</source>
        <translation>Abrir as imagens de análise destas parcelas (no máximo {n})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="184"/>
        <source>Nothing stands out: no High or Unknown plot, no overlap.</source>
        <translation>Nada a destacar: nenhuma parcela de risco alto ou desconhecido, nenhuma sobreposição.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>partly done</source>
        <translation>feito em parte</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>running</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="227"/>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="227"/>
        <source>skipped</source>
        <translation>ignorado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="97"/>
        <source>Vantage for QGIS user guide</source>
        <translation>Guia do usuário do Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="485"/>
        <source>the row could not be made</source>
        <translation>não foi possível montar a linha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="494"/>
        <source>the format refused the row</source>
        <translation>o formato recusou a linha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="439"/>
        <source>Writing {path}…</source>
        <translation>Gravando {path}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="23"/>
        <source>Evidence maps (one PNG per plot, beside the results)</source>
        <translation>Mapas de evidência (um PNG por parcela, ao lado dos resultados)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="515"/>
        <source>EUDR evidence · Vantage for QGIS</source>
        <translation>Evidência EUDR · Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="542"/>
        <source>Risk: {level}</source>
        <translation>Risco: {level}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="434"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="436"/>
        <source>Loss after 2020</source>
        <translation>Perda após 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="437"/>
        <source>Loss by year (ha)</source>
        <translation>Perda por ano (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="443"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="445"/>
        <source>Analysis end</source>
        <translation>Fim da análise</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="587"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="592"/>
        <source>Not forest in 2020</source>
        <translation>Não floresta em 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="593"/>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="612"/>
        <source>Tree-cover loss by year</source>
        <translation>Perda de cobertura arbórea por ano</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="628"/>
        <source>Data sources:</source>
        <translation>Fontes de dados:</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="634"/>
        <source>Engine {engine} {version}, {date}</source>
        <translation>Motor {engine} {version}, {date}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="726"/>
        <source>Open evidence map</source>
        <translation>Abrir o mapa de evidência</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="214"/>
        <source>{layer} has no features: there is no plot to work on.</source>
        <translation>{layer} não tem feições: não há nenhuma parcela para processar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="214"/>
        <source>Looking for duplicate ids and overlaps across the whole layer…</source>
        <translation>Procurando identificadores duplicados e sobreposições em toda a camada…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="235"/>
        <source>The output {path} is the file that holds the input plots: writing there could destroy them. Choose another file.</source>
        <translation>A saída {path} é o arquivo que contém as parcelas de entrada: gravar nele poderia destruí-las. Escolha outro arquivo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="253"/>
        <source>The data catalog {path} cannot be read: {error}. Fix it in the Vantage settings.</source>
        <translation>Não é possível ler o catálogo de dados {path}: {error}. Corrija-o nas configurações do Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="256"/>
        <source>Data files named in the Vantage data catalog were moved or deleted since they were chosen. Choose them again in the Vantage settings (or give them as this run's data), or use the demo data.</source>
        <translation>Arquivos de dados indicados no catálogo de dados do Vantage foram movidos ou excluídos depois de escolhidos. Escolha-os novamente nas configurações do Vantage (ou informe-os como dados desta execução), ou use os dados de demonstração.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="465"/>
        <source>{n} plots could not be written to {path} ({plots}). The others were written: correct these plots' values in your layer, or write to a GeoPackage (.gpkg).</source>
        <translation>Não foi possível gravar {n} parcelas em {path} ({plots}). As demais foram gravadas: corrija os valores dessas parcelas na sua camada, ou grave em um GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="469"/>
        <source>And {n} more.</source>
        <translation>E mais {n}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Loss &gt; 2020</source>
        <translation>Perda &gt; 2020</translation>
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
        <translation>Relatório de execução do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="238"/>
        <source>Vantage for QGIS · EUDR plot check report · page {page} of {pages}</source>
        <translation>Vantage para QGIS · relatório de verificação de parcelas EUDR · página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="294"/>
        <source>EUDR plot check report</source>
        <translation>Relatório de verificação de parcelas EUDR</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="296"/>
        <source>{input} · results {results} · report made {now}</source>
        <translation>{input} · resultados {results} · relatório gerado em {now}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="299"/>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="302"/>
        <source>Run date</source>
        <translation>Data da execução</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="303"/>
        <source>Run status</source>
        <translation>Estado da execução</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="304"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="305"/>
        <source>Plot id field</source>
        <translation>Campo de identificador da parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="448"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="448"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="313"/>
        <source>Data sources</source>
        <translation>Fontes de dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="321"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="332"/>
        <source>no level</source>
        <translation>sem nível</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="335"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Loss &gt; 2020 (ha)</source>
        <translation>Perda &gt; 2020 (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="349"/>
        <source>Forest in 2020: {forest} ha. Overlap with protected areas: {protected} ha; with indigenous lands: {indigenous} ha.
{flagged} plots need a look (High, Medium, Unknown, invalid or failed): each has a page after the table of all plots.</source>
        <translation>Floresta em 2020: {forest} ha. Sobreposição com áreas protegidas: {protected} ha; com terras indígenas: {indigenous} ha.
{flagged} parcelas precisam de revisão (Alto, Médio, Desconhecido, inválidas ou com falha): cada uma tem uma página após a tabela de todas as parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="364"/>
        <source>All plots ({count})</source>
        <translation>Todas as parcelas ({count})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="368"/>
        <source>Areas in hectares; loss: tree-cover loss after 31 December 2020.</source>
        <translation>Áreas em hectares; perda: perda de cobertura arbórea após 31 de dezembro de 2020.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="402"/>
        <source>Plot {label}</source>
        <translation>Parcela {label}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="426"/>
        <source>Evidence image: {url}</source>
        <translation>Imagem de evidência: {url}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="428"/>
        <source>Why this plot needs a look</source>
        <translation>Por que revisar esta parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="432"/>
        <source>Facts</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="446"/>
        <source>Analysis version</source>
        <translation>Versão da análise</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="376"/>
        <source>{file} is a file, not a folder: choose another place for {path}.</source>
        <translation>{file} é um arquivo, não uma pasta: escolha outro local para {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="378"/>
        <source>The folder {folder} cannot be written (permission denied): choose another place for {path}.</source>
        <translation>Não é possível gravar na pasta {folder} (permissão negada): escolha outro local para {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="381"/>
        <source>{path} is a folder: give a file name ending in .gpkg.</source>
        <translation>{path} é uma pasta: informe um nome de arquivo terminado em .gpkg.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="384"/>
        <source>{path} is read-only: choose another file.</source>
        <translation>{path} é somente leitura: escolha outro arquivo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="389"/>
        <source>{path} cannot be read: {error}</source>
        <translation>Não é possível ler {path}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="391"/>
        <source>{path} exists and is not a GeoPackage: choose another file.</source>
        <translation>{path} existe e não é um GeoPackage: escolha outro arquivo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="480"/>
        <source>Cannot create the layer {layer}: {error}</source>
        <translation>Não é possível criar a camada {layer}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="506"/>
        <source>Cannot reopen {path}</source>
        <translation>Não é possível reabrir {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="571"/>
        <source>the written layer could not be read back</source>
        <translation>não foi possível reler a camada gravada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="586"/>
        <source>{error}: another program (QGIS, a database browser…) has the file open</source>
        <translation>{error}: outro programa (QGIS, um navegador de banco de dados…) está com o arquivo aberto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="605"/>
        <source>{found} of {expected} rows are in the file after writing</source>
        <translation>{found} de {expected} linhas estão no arquivo após a gravação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="620"/>
        <source>{path} cannot be opened after writing</source>
        <translation>{path} não pode ser aberto após a gravação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="626"/>
        <source>the layer {layer} is missing after writing</source>
        <translation>a camada {layer} está ausente após a gravação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="690"/>
        <source>it is not a GeoPackage that can be written</source>
        <translation>não é um GeoPackage que possa ser gravado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot copy the layer</source>
        <translation>não é possível copiar a camada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot add the column {name}</source>
        <translation>não é possível adicionar a coluna {name}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot put the columns in order</source>
        <translation>não é possível ordenar as colunas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="696"/>
        <source>cannot start a transaction</source>
        <translation>não é possível iniciar uma transação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="701"/>
        <source>cannot replace the old layer</source>
        <translation>não é possível substituir a camada anterior</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="708"/>
        <source>the file is locked by another program</source>
        <translation>o arquivo está bloqueado por outro programa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="777"/>
        <source>the rows written could not be read back</source>
        <translation>não foi possível reler as linhas gravadas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="812"/>
        <source>Could not write {layer} to {path}: {reason}.</source>
        <translation>Não foi possível gravar {layer} em {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="815"/>
        <source>The finished results are kept in {recovery}: open it in QGIS, or close the program using {path} (or choose another file) and run again.</source>
        <translation>Os resultados concluídos estão guardados em {recovery}: abra-o no QGIS, ou feche o programa que usa {path} (ou escolha outro arquivo) e execute novamente.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="818"/>
        <source>Close the program using {path} or choose another file, then run again.</source>
        <translation>Feche o programa que usa {path} ou escolha outro arquivo e execute novamente.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="127"/>
        <source>Overlaps a protected area</source>
        <translation>Sobrepõe-se a uma área protegida</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="128"/>
        <source>Overlaps indigenous land</source>
        <translation>Sobrepõe-se a terra indígena</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="257"/>
        <source>Invalid (not checked)</source>
        <translation>Inválida (não verificada)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="234"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="255"/>
        <source>Dry run: simulated, not a result</source>
        <translation>Simulação: valores simulados, não um resultado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1219"/>
        <source>EU file…</source>
        <translation>Arquivo UE…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1221"/>
        <source>Export the plots as the geolocation file the EU Information System accepts</source>
        <translation>Exportar as parcelas como o arquivo de geolocalização aceito pelo Sistema de Informação da UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="461"/>
        <source>Run again (a new paid job)</source>
        <translation>Executar de novo (um novo trabalho pago)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="463"/>
        <source>Unticked, checking again into the same output resumes its job and never pays twice. Ticked, a new job with the same settings is started, after you confirm its cost.</source>
        <translation>Desmarcado, verificar de novo na mesma saída retoma o trabalho e nunca paga duas vezes. Marcado, um novo trabalho com as mesmas configurações é iniciado, após você confirmar o custo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="607"/>
        <source>Guessed from their names: {fields}. Check them before you run.</source>
        <translation>Deduzidos pelos nomes: {fields}. Verifique-os antes de executar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="797"/>
        <source>A job Vantage had already accepted keeps its reserved tokens and goes on: check again into the same output to pick up its results without paying again.</source>
        <translation>Um trabalho que a Vantage já tinha aceitado mantém os tokens reservados e continua: verifique de novo na mesma saída para obter os resultados sem pagar de novo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="32"/>
        <source>data unreadable</source>
        <translation>dados ilegíveis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="35"/>
        <source>the loss data end before the harvest date</source>
        <translation>os dados de perda terminam antes da data de colheita</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="36"/>
        <source>harvested before 2021</source>
        <translation>colhidas antes de 2021</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="120"/>
        <source>Write the results to a GeoPackage file (.gpkg).</source>
        <translation>Grave os resultados num arquivo GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="308"/>
        <source>Fields guessed from their names</source>
        <translation>Campos deduzidos pelos nomes</translation>
    </message>
    <message>
        <source>Dry run (Vantage API)</source>
        <translation>Simulação (API Vantage)</translation>
    </message>
    <message>
        <source>Forest threshold asked</source>
        <translation>Limiar de floresta solicitado</translation>
    </message>
    <message>
        <source>Forest threshold used</source>
        <translation>Limiar de floresta aplicado</translation>
    </message>
    <message>
        <source>Forest map is a forest/non-forest mask</source>
        <translation>O mapa florestal é uma máscara floresta/não floresta</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
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
        <translation>Verificações</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="88"/>
        <source>Validates the plots, then assesses each valid plot for the EUDR: forest cover in 2020, tree-cover loss after 31 December 2020 (total and per year), overlaps with protected areas and indigenous lands, country, geodesic area and the Vantage risk level (High when deforestation &gt; 15 % of the plot or &gt; 1 ha; Medium &gt; 10 % or &gt; 0.5 ha; otherwise Low; Unknown without loss data).

ENGINE bundled runs offline on the data given here; data left empty comes from the data catalog configured in the plugin settings. ENGINE api sends the plots to the Vantage API of Open Atlas with the account set in the plugin settings: DRY_RUN (the default) spends no token and returns simulated values; a real run spends tokens only when CONFIRM_SPEND is set (qgis_process cannot ask).

DEFAULT_COMMODITY and DEFAULT_HARVEST_DATE (yyyy-MM-dd) apply to plots whose own fields are empty.

The output is a GeoPackage layer with every source attribute, the flat results (risk_level, area_ha, deforestation_ha, per-year loss, overlaps, status, error, analysis_json…) and the plot geometry in WGS84, styled by risk level. Plots blocked by validation are kept with status 'invalid' and the reason in 'error'.</source>
        <translation>Valida as parcelas e depois avalia cada parcela válida para o EUDR: cobertura florestal em 2020, perda de cobertura arbórea após 31 de dezembro de 2020 (total e por ano), sobreposições com áreas protegidas e terras indígenas, país, área geodésica e o nível de risco do Vantage (High quando o desmatamento &gt; 15% da parcela ou &gt; 1 ha; Medium &gt; 10% ou &gt; 0,5 ha; caso contrário Low; Unknown sem dados de perda).

ENGINE bundled é executado offline com os dados informados aqui; os dados deixados em branco vêm do catálogo de dados definido nas configurações do complemento. ENGINE api envia as parcelas para a API do Vantage da Open Atlas com a conta definida nas configurações do complemento: DRY_RUN (o padrão) não gasta tokens e devolve valores simulados; uma execução real só gasta tokens quando CONFIRM_SPEND está ativado (o qgis_process não pode pedir confirmação).

DEFAULT_COMMODITY e DEFAULT_HARVEST_DATE (yyyy-MM-dd) se aplicam às parcelas cujos próprios campos estão vazios.

A saída é uma camada GeoPackage com todos os atributos de origem, os resultados planos (risk_level, area_ha, deforestation_ha, perda por ano, sobreposições, status, error, analysis_json…) e a geometria da parcela em WGS84, com estilo por nível de risco. As parcelas bloqueadas pela validação são mantidas com o status 'invalid' e o motivo em 'error'.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="109"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="112"/>
        <source>Commodity (for plots without one)</source>
        <translation>Produto (para as parcelas sem produto)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="120"/>
        <source>Harvest date, yyyy-MM-dd (for plots without one)</source>
        <translation>Data de colheita, yyyy-MM-dd (para as parcelas sem data)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="126"/>
        <source>Empty: the data catalog of the plugin settings.</source>
        <translation>Vazio: o catálogo de dados das configurações do plugin.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="127"/>
        <source>Forest cover 2020 raster (default: data catalog)</source>
        <translation>Raster de cobertura florestal 2020 (padrão: catálogo de dados)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="127"/>
        <source>Tree cover in 2020 (percent, e.g. Hansen treecover2000) or a forest mask (JRC GFC2020) for the bundled engine.</source>
        <translation>Cobertura arbórea em 2020 (percentagem, p. ex. Hansen treecover2000) ou uma máscara florestal (JRC GFC2020) para o motor incluído.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="134"/>
        <source>Forest when the forest raster value is at least (default: by the raster's kind)</source>
        <translation>Floresta quando o valor do raster de floresta for pelo menos (por omissão: conforme o tipo de raster)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="134"/>
        <source>The smallest forest raster value counted as forest. Empty: the default for the raster's kind (tree cover in percent, a mask or a fraction).</source>
        <translation>O menor valor do raster florestal contado como floresta. Vazio: o valor padrão do tipo de raster (cobertura arbórea em percentagem, máscara ou fração).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="145"/>
        <source>The forest raster is the JRC GFC2020 mask</source>
        <translation>O raster de floresta é a máscara JRC GFC2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="145"/>
        <source>Read the forest raster as the JRC GFC2020 forest mask (1 = forest) rather than tree cover.</source>
        <translation>Ler o raster florestal como a máscara florestal JRC GFC2020 (1 = floresta) em vez de cobertura arbórea.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="151"/>
        <source>Tree cover loss year raster (Hansen lossyear)</source>
        <translation>Raster do ano de perda de cobertura arbórea (Hansen lossyear)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="151"/>
        <source>The year of tree-cover loss per pixel (Hansen lossyear: 21 = 2021).</source>
        <translation>O ano de perda de cobertura arbórea por pixel (Hansen lossyear: 21 = 2021).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="157"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="157"/>
        <source>Polygons of protected areas (e.g. WDPA) the plots are overlaid with.</source>
        <translation>Polígonos de áreas protegidas (p. ex. WDPA) sobrepostos às parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="166"/>
        <source>Indigenous lands</source>
        <translation>Terras indígenas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="166"/>
        <source>Polygons of indigenous lands the plots are overlaid with.</source>
        <translation>Polígonos de terras indígenas sobrepostos às parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="175"/>
        <source>API: dry run (no token spent)</source>
        <translation>API: teste (nenhum token gasto)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="178"/>
        <source>API: I agree to spend tokens (needed for a real run)</source>
        <translation>API: concordo em gastar tokens (necessário para uma execução real)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="185"/>
        <source>API: check types (eudr always runs; Vantage runs only eudr for now)</source>
        <translation>API: tipos de verificação (eudr é sempre executado; por enquanto a Vantage só executa eudr)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="192"/>
        <source>API: run again (a new job, paid again) instead of reusing finished results in this output</source>
        <translation>API: executar de novo (um novo trabalho, pago de novo) em vez de reutilizar os resultados terminados desta saída</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="198"/>
        <source>API: wait for the job at most (minutes; default: the plugin setting)</source>
        <translation>API: esperar o trabalho no máximo (minutos; por padrão: a configuração do complemento)</translation>
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
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="227"/>
        <source>DEFAULT_HARVEST_DATE must be a date written yyyy-MM-dd, not {value}.</source>
        <translation>DEFAULT_HARVEST_DATE deve ser uma data no formato yyyy-MM-dd, não {value}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="236"/>
        <source>Data catalog: {path}{missing}</source>
        <translation>Catálogo de dados: {path}{missing}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="236"/>
        <source> (not found: only the data given here)</source>
        <translation> (não encontrado: apenas os dados informados aqui)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="262"/>
        <source>The Vantage API engine</source>
        <translation>O motor da API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="268"/>
        <source>API state (registered plots, job ids): {path}</source>
        <translation>Estado da API (parcelas registradas, ids dos trabalhos): {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="284"/>
        <source>Spending {cost} tokens for {count} plots ({free} available).</source>
        <translation>Gastando {cost} tokens para {count} parcelas ({free} disponíveis).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="289"/>
        <source>This check would spend {cost} tokens for {count} plots and the account has {free} free tokens. Nothing was spent: set CONFIRM_SPEND to agree, or run with DRY_RUN.</source>
        <translation>Esta verificação gastaria {cost} tokens para {count} parcelas e a conta tem {free} tokens disponíveis. Nada foi gasto: ative CONFIRM_SPEND para concordar ou execute com DRY_RUN.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="296"/>
        <source>Dry run: no token is spent, the results are simulated.</source>
        <translation>Teste: nenhum token é gasto, os resultados são simulados.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="322"/>
        <source>Checking {count} plots with the {engine} engine…</source>
        <translation>Verificando {count} parcelas com o motor {engine}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="329"/>
        <source>The {engine} engine</source>
        <translation>O motor {engine}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="339"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="341"/>
        <source>Writing {path}…</source>
        <translation>Gravando {path}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="349"/>
        <source>The run record could not be stored: {error}</source>
        <translation>Não foi possível guardar o registro da execução: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="387"/>
        <source>{plots} plots checked with the {engine} engine (run {status}).</source>
        <translation>{plots} parcelas verificadas com o motor {engine} (execução {status}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="390"/>
        <source>Risk: High {HIGH}, Medium {MEDIUM}, Low {LOW}, Unknown {UNKNOWN}; invalid {INVALID}, failed {FAILED}.</source>
        <translation>Risco: Alto {HIGH}, Médio {MEDIUM}, Baixo {LOW}, Desconhecido {UNKNOWN}; inválidas {INVALID}, com falha {FAILED}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="392"/>
        <source>Area {area} ha, deforestation after 2020 {loss} ha.</source>
        <translation>Área {area} ha, desmatamento após 2020 {loss} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="398"/>
        <source>{count} results are simulated (dry run): not real results.</source>
        <translation>{count} resultados são simulados (teste): não são resultados reais.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="404"/>
        <source>Output: {uri}</source>
        <translation>Saída: {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>Validation: {errors}, {warnings}.</source>
        <translation>Validação: {errors}, {warnings}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportEudrAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="91"/>
        <source>Export for the EU Information System</source>
        <translation>Exportar para o sistema de informação da UE</translation>
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
        <translation>Grava o GeoJSON de geolocalização de uma declaração de diligência devida para o sistema de informação da UE (EUDR / TRACES), a partir de qualquer camada de parcelas ou de resultados.

Cada feição tem exatamente as propriedades ProducerName, ProducerCountry (ISO 3166-1 alfa-2; do campo de país, ou procurado na localização da parcela), ProductionPlace e, para pontos, Area em hectares (de 0,0001 a 4 ha; o gado bovino pode exceder 4 ha). As coordenadas são truncadas a 6 casas decimais como faz o sistema de informação, e a validade é verificada no que é gravado: um polígono que se torna inválido é ajustado à grelha (uma alteração registada) ou excluído. Um polígono com buracos é gravado como polígonos sem buracos que cobrem a mesma área. As parcelas com erros de validação são excluídas.

Quando um arquivo excederia 25 MB ou 1.000 produtores, são gravados vários arquivos, um por declaração, chamados _statement-1-of-N, _statement-2-of-N… O arquivo opcional PRODUCERS contém os mesmos dados que a lista producers da DDS (país, nome e GeoJSON em base64 por produtor). A saída TABLE lista cada parcela: gravada, alterada ou excluída, e porquê.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="119"/>
        <source>Plots or results (points or polygons, any CRS)</source>
        <translation>Parcelas ou resultados (pontos ou polígonos, qualquer SRC)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Plot id field</source>
        <translation>Campo de identificador da parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Producer name field</source>
        <translation>Campo de nome do produtor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Production place field</source>
        <translation>Campo de local de produção</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Producer country field (ISO code or name; empty: looked up at the plot)</source>
        <translation>Campo de país do produtor (código ISO ou nome; vazio: procurado na localização da parcela)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Point area field (hectares, for point plots)</source>
        <translation>Campo de área do ponto (hectares, para parcelas de ponto)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="138"/>
        <source>Commodity</source>
        <translation>Produto básico</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="141"/>
        <source>EU Information System GeoJSON</source>
        <translation>GeoJSON para o sistema de informação da UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="141"/>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="145"/>
        <source>DDS producers (JSON)</source>
        <translation>Produtores da DDS (JSON)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="145"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="150"/>
        <source>Export table</source>
        <translation>Tabela de exportação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="154"/>
        <source>Files written</source>
        <translation>Arquivos gravados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="155"/>
        <source>Plots written unchanged</source>
        <translation>Parcelas gravadas sem alterações</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="156"/>
        <source>Plots written with changes</source>
        <translation>Parcelas gravadas com alterações</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="157"/>
        <source>Plots left out</source>
        <translation>Parcelas excluídas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="175"/>
        <source>The EU export</source>
        <translation>A exportação para a UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="186"/>
        <source>Field {field} is not in the input layer.</source>
        <translation>O campo {field} não está na camada de entrada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="192"/>
        <source>Producer country from the field {field}.</source>
        <translation>País do produtor obtido do campo {field}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="193"/>
        <source>Validating {count} plots…</source>
        <translation>Validando {count} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="201"/>
        <source>Writing the EU Information System file…</source>
        <translation>Gravando o arquivo para o sistema de informação da UE…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="220"/>
        <source>Could not write {path}: {error}</source>
        <translation>Não foi possível gravar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="235"/>
        <source>{written} plots written, {changed} written with changes, {left} left out; {files} file(s): {paths}</source>
        <translation>{written} parcelas gravadas, {changed} gravadas com alterações, {left} excluídas; {files} arquivo(s): {paths}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="248"/>
        <source>No country lookup ({error}): only ISO codes given in a field are used.</source>
        <translation>Sem pesquisa de país ({error}): apenas os códigos ISO fornecidos num campo são usados.</translation>
    </message>
</context>
<context>
    <name>FixPlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="40"/>
        <source>Fix plots (safe fixes)</source>
        <translation>Corrigir parcelas (correções seguras)</translation>
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
        <translation>Grava uma cópia corrigida das parcelas (WGS84) mantendo todos os atributos de origem e um campo 'vantage_fixes' que indica o que foi alterado. Apenas correções seguras são aplicadas, e somente as escolhidas:
{fixes}

A tabela opcional CHANGES lista cada alteração (e cada correção que não pôde ser aplicada com segurança). Execute 'Validar parcelas' no resultado para ver o que resta.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="60"/>
        <source>Fixes to apply</source>
        <translation>Correções a aplicar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="70"/>
        <source>Fixed plots</source>
        <translation>Parcelas corrigidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="77"/>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="82"/>
        <source>Changes made</source>
        <translation>Alterações feitas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="83"/>
        <source>Plots changed</source>
        <translation>Parcelas alteradas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="84"/>
        <source>Fixes not applied (unsafe)</source>
        <translation>Correções não aplicadas (não seguras)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="96"/>
        <source>Applying {fixes}…</source>
        <translation>Aplicando {fixes}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="96"/>
        <source>no fix</source>
        <translation>nenhuma correção</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="127"/>
        <source>{changes} changes to {plots} plots; {skipped} fixes not applied.</source>
        <translation>{changes} alterações em {plots} parcelas; {skipped} correções não aplicadas.</translation>
    </message>
</context>
<context>
    <name>ImportJobAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="66"/>
        <source>Import a Vantage job</source>
        <translation>Importar um trabalho do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="69"/>
        <source>Vantage API</source>
        <translation>API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="75"/>
        <source>Fetches the results of an existing job of your Vantage account (see 'List Vantage jobs') and writes them with the plots' geometries to a GeoPackage styled by risk level. Nothing is spent. Uses the account set in the plugin settings.</source>
        <translation>Busca os resultados de um trabalho existente da sua conta do Vantage (veja 'Listar trabalhos do Vantage') e os grava, com as geometrias das parcelas, em um GeoPackage com estilo por nível de risco. Nada é gasto. Usa a conta definida nas configurações do complemento.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="82"/>
        <source>Job id</source>
        <translation>Id. do trabalho</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="83"/>
        <source>The job was a dry run (simulated results)</source>
        <translation>O trabalho foi um teste (resultados simulados)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="88"/>
        <source>Job results (GeoPackage)</source>
        <translation>Resultados do trabalho (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="93"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="94"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="108"/>
        <source>Give the id of the job to import.</source>
        <translation>Informe o id do trabalho a importar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="123"/>
        <source>The job cost no token: its results are marked simulated (dry run).</source>
        <translation>O trabalho não custou nenhum token: seus resultados são marcados como simulados (teste).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="143"/>
        <source>Job {job}: {plots} plots; risk {risk}; status {status}. Output: {uri}</source>
        <translation>Trabalho {job}: {plots} parcelas; risco {risk}; estado {status}. Saída: {uri}</translation>
    </message>
</context>
<context>
    <name>ListJobsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="45"/>
        <source>List Vantage jobs</source>
        <translation>Listar trabalhos do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="48"/>
        <source>Vantage API</source>
        <translation>API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="54"/>
        <source>Lists the jobs of your Vantage account, newest first (id, name, status, dates, token cost, number of plots), as a table. Import one with 'Import a Vantage job'.</source>
        <translation>Lista os trabalhos da sua conta do Vantage, dos mais recentes para os mais antigos (id, nome, estado, datas, custo em tokens, número de parcelas), como uma tabela. Importe um com 'Importar um trabalho do Vantage'.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="60"/>
        <source>At most this many jobs</source>
        <translation>Número máximo de trabalhos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="66"/>
        <source>Created from (yyyy-MM-dd)</source>
        <translation>Criados a partir de (yyyy-MM-dd)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="70"/>
        <source>Jobs</source>
        <translation>Trabalhos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="105"/>
        <source>{count} jobs.</source>
        <translation>{count} trabalhos.</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="55"/>
        <source>Run report (PDF)</source>
        <translation>Relatório de execução (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="58"/>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="68"/>
        <source>Writes the PDF report of a result layer made by 'Check plots (EUDR)': the run (input, engine, date, data sources with their versions and years, parameters), the counts by risk level and status with their hectares, a table of every plot (on as many pages as needed), then one page per plot that needs a look (High, Medium, Unknown, invalid or failed) with its evidence map and reasons.

Evidence maps missing for those plots are rendered first (into &lt;results&gt;_evidence beside the GeoPackage, their paths stored in analysis_image) unless RENDER_MISSING is off.</source>
        <translation>Grava o relatório PDF de uma camada de resultados criada por «Verificar parcelas (EUDR)»: a execução (entrada, motor, data, fontes de dados com suas versões e anos, parâmetros), as contagens por nível de risco e estado com seus hectares, uma tabela de todas as parcelas (em quantas páginas forem necessárias) e depois uma página por parcela que precisa de revisão (Alto, Médio, Desconhecido, inválida ou com falha) com seu mapa de evidência e seus motivos.

Os mapas de evidência que faltarem para essas parcelas são gerados primeiro (em &lt;results&gt;_evidence ao lado do GeoPackage, com seus caminhos guardados em analysis_image), a menos que RENDER_MISSING esteja desativado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="79"/>
        <source>Result layer (GeoPackage written by Check plots)</source>
        <translation>Camada de resultados (GeoPackage gravado por Verificar parcelas)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="82"/>
        <source>Render missing evidence maps</source>
        <translation>Gerar os mapas de evidência que faltam</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="84"/>
        <source>Report (PDF)</source>
        <translation>Relatório (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="86"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="87"/>
        <source>Plots that need a look</source>
        <translation>Parcelas que precisam de revisão</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="97"/>
        <source>The report is made from a result GeoPackage written by Check plots.</source>
        <translation>O relatório é feito a partir de um GeoPackage de resultados gravado por Verificar parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="109"/>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} páginas, {flagged} parcelas que precisam de revisão: {path}</translation>
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
        <translation>Verifica cada parcela segundo as regras de geometria do EUDR e do Vantage antes de qualquer análise ou envio: geometrias ausentes ou ilegíveis, anéis abertos ou mal aninhados, autointerseções, picos, poucas casas decimais, duplicatas e sobreposições, pontos acima de 4 ha, valores de produto e de data de colheita.

A saída tem uma linha por problema, com o id da parcela, o código da regra, sua gravidade (um erro bloqueia a parcela, um aviso não), uma mensagem, a correção segura que o elimina (veja 'Corrigir parcelas') e a geometria da parcela em WGS84.

As saídas ERRORS, WARNINGS e VALID_PLOTS (parcelas sem nenhum erro) são números utilizáveis em modelos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="48"/>
        <source>Check overlaps between plots</source>
        <translation>Verificar sobreposições entre parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="53"/>
        <source>Plot issues</source>
        <translation>Problemas das parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="58"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="59"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="60"/>
        <source>Plots without error</source>
        <translation>Parcelas sem erro</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="69"/>
        <source>Validating {count} plots…</source>
        <translation>Validando {count} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>{plots}: {errors}, {warnings}; {valid} without error.</source>
        <translation>{plots}: {errors}, {warnings}; {valid} sem erro.</translation>
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
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VantageAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="214"/>
        <source>{parameter} must be one of {names} (or its number).</source>
        <translation>{parameter} deve ser um de {names} (ou o seu número).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="244"/>
        <source>Plots (any vector layer: points or polygons, any CRS)</source>
        <translation>Parcelas (qualquer camada vetorial: pontos ou polígonos, qualquer SRC)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="261"/>
        <source>Guess unset fields from common names (id, plot_id, commodity, harvest_date…)</source>
        <translation>Deduzir os campos não definidos a partir de nomes comuns (id, plot_id, commodity, harvest_date…)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="278"/>
        <source>Field {field} is not in the input layer.</source>
        <translation>O campo {field} não está na camada de entrada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="326"/>
        <source>Fields: id={plot_id}, name={plot_name}, commodity={commodity}, harvest date={harvest_date}, point area={point_ha}</source>
        <translation>Campos: id={plot_id}, nome={plot_name}, produto={commodity}, data de colheita={harvest_date}, área do ponto={point_ha}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="331"/>
        <source>Guessed from its name: {entry} = {field} (set the field parameter to choose another, or turn guessing off)</source>
        <translation>Deduzido pelo nome: {entry} = {field} (defina o parâmetro de campo para escolher outro, ou desative a detecção)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="338"/>
        <source>{count} plots read.</source>
        <translation>{count} parcelas lidas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="340"/>
        <source>{count} plots have a geometry QGIS could not read (reported as errors).</source>
        <translation>{count} parcelas têm uma geometria que o QGIS não conseguiu ler (relatadas como erros).</translation>
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
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="95"/>
        <source>unknown geometry type {kind!r}</source>
        <translation>tipo de geometria desconhecido {kind!r}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="98"/>
        <source>{kind} has no coordinates array</source>
        <translation>{kind} não tem um array coordinates</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="104"/>
        <source>{kind} coordinates are not arrays of numbers</source>
        <translation>as coordenadas de {kind} não são arrays de números</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="109"/>
        <source>{kind} coordinates must nest {expected} deep, found {depth}</source>
        <translation>as coordenadas de {kind} devem ser aninhadas em {expected} níveis, não em {depth}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="128"/>
        <source> (it has {count})</source>
        <translation> (tem {count})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No geometry</source>
        <translation>Sem geometria</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no geometry{detail}.</source>
        <translation>A parcela não tem geometria{detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Empty geometry</source>
        <translation>Geometria vazia</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot's geometry is empty: draw the plot.</source>
        <translation>A geometria da parcela está vazia: desenhe a parcela.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Line geometry</source>
        <translation>Geometria de linha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot is a line ({geometry_type}); a plot must be a point or a polygon.</source>
        <translation>A parcela é uma linha ({geometry_type}); uma parcela deve ser um ponto ou um polígono.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Unsupported geometry type</source>
        <translation>Tipo de geometria não suportado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot's geometry type {geometry_type} is not supported; use a point or a polygon.</source>
        <translation>O tipo de geometria {geometry_type} da parcela não é suportado; use um ponto ou um polígono.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Several parts</source>
        <translation>Várias partes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has {parts} parts; the Vantage API takes only single points and polygons, so they will be sent as {parts} features of the same plot.</source>
        <translation>A parcela tem {parts} partes; a API do Vantage aceita apenas pontos e polígonos simples, então elas serão enviadas como {parts} feições da mesma parcela.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Malformed GeoJSON geometry</source>
        <translation>Geometria GeoJSON malformada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The geometry as written is malformed: {detail}.</source>
        <translation>A geometria, como está escrita, está malformada: {detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Polygon nested like a MultiPolygon</source>
        <translation>Polygon aninhado como um MultiPolygon</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The geometry says "Polygon" but its coordinates are nested one level deeper, like a MultiPolygon ({parts} polygon(s)); it can be read as a MultiPolygon.</source>
        <translation>A geometria indica "Polygon", mas suas coordenadas estão aninhadas um nível a mais, como um MultiPolygon ({parts} polígono(s)); ela pode ser lida como um MultiPolygon.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Ring not closed</source>
        <translation>Anel não fechado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} ring(s) do not end where they start (first and last positions differ).</source>
        <translation>{count} anel/anéis não termina(m) onde começa(m) (a primeira e a última posição diferem).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Ring with too few positions</source>
        <translation>Anel com poucas posições</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A ring has fewer than 4 positions (at least 3 distinct corners, then the first again){detail}.</source>
        <translation>Um anel tem menos de 4 posições (são necessários pelo menos 3 vértices distintos e depois o primeiro de novo){detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Self-intersection</source>
        <translation>Autointerseção</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The outline crosses or touches itself (for example a bow-tie) at {lon:.6f}, {lat:.6f}.</source>
        <translation>O contorno se cruza ou se toca (por exemplo, em forma de gravata-borboleta) em {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Spike</source>
        <translation>Pico</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} spike(s): the outline goes out and comes back along the same line, first at {lon:.6f}, {lat:.6f}.</source>
        <translation>{count} pico(s): o contorno sai e volta pela mesma linha; o primeiro em {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Sharp spike</source>
        <translation>Pico agudo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} sharp spike(s): two edges meet at {angle:.2f}° at {lon:.6f}, {lat:.6f}, adding a long thin sliver; check that vertex.</source>
        <translation>{count} pico(s) agudo(s): duas arestas encontram-se a {angle:.2f}° em {lon:.6f}, {lat:.6f}, acrescentando uma faixa longa e estreita; verifique esse vértice.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Crosses the 180° meridian</source>
        <translation>Atravessa o meridiano 180°</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>An edge jumps from longitude {west:.6f} to {east:.6f} across the 180° meridian: read as drawn, the plot goes the long way round the world. Split it at 180° into one part on each side.</source>
        <translation>Uma aresta salta da longitude {west:.6f} para {east:.6f} através do meridiano 180°: lida como desenhada, a parcela dá a volta ao mundo pelo outro lado. Divida-a em 180° numa parte de cada lado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Zero-area ring</source>
        <translation>Anel de área nula</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A ring encloses no area (its corners lie on one line or on top of each other).</source>
        <translation>Um anel não delimita nenhuma área (seus vértices estão alinhados ou sobrepostos).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Invalid polygon</source>
        <translation>Polígono inválido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The polygon is invalid: {reason}.</source>
        <translation>O polígono é inválido: {reason}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Hole</source>
        <translation>Buraco</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has {count} hole(s); the EU Information System ignores holes, so the whole outline counts.</source>
        <translation>A parcela tem {count} buraco(s); o Sistema de Informação da UE ignora buracos, então vale o contorno inteiro.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Repeated vertex</source>
        <translation>Vértice repetido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} vertex/vertices repeat the previous one, first at {lon:.6f}, {lat:.6f}.</source>
        <translation>{count} vértice(s) repete(m) o anterior; o primeiro em {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate not a number</source>
        <translation>Coordenada não numérica</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A coordinate is not a finite number (NaN or infinite).</source>
        <translation>Uma coordenada não é um número finito (NaN ou infinito).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinates look like metres</source>
        <translation>As coordenadas parecem metros</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinates such as {x:.1f}, {y:.1f} are far outside ±180/±90: they look like projected metres: is the layer CRS right?</source>
        <translation>Coordenadas como {x:.1f}, {y:.1f} estão muito fora de ±180/±90: parecem metros projetados. O SRC da camada está correto?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate out of range</source>
        <translation>Coordenada fora do intervalo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate {x:.6f}, {y:.6f} is outside longitude ±180 / latitude ±90.</source>
        <translation>A coordenada {x:.6f}, {y:.6f} está fora de longitude ±180 / latitude ±90.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Fewer than 6 decimals</source>
        <translation>Menos de 6 casas decimais</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>All coordinates have at most 5 decimals; EUDR asks for 6 (about 0.1 m).</source>
        <translation>Todas as coordenadas têm no máximo 5 casas decimais; o EUDR exige 6 (cerca de 10 cm).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Invalid after rounding</source>
        <translation>Inválido após o arredondamento</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Rounded to 6 decimals for sending, the polygon becomes invalid ({reason}).</source>
        <translation>Arredondado para 6 casas decimais para o envio, o polígono se torna inválido ({reason}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point without area</source>
        <translation>Ponto sem área</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot is a point but has no area (point_ha); EUDR allows a point only for a plot under {max} ha.</source>
        <translation>A parcela é um ponto, mas não tem área (point_ha); o EUDR só permite um ponto para uma parcela com menos de {max} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point area not a number</source>
        <translation>Área do ponto não numérica</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point's area (point_ha) {value!r} is not a number.</source>
        <translation>A área do ponto (point_ha) {value!r} não é um número.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point area not positive</source>
        <translation>Área do ponto não positiva</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point's area (point_ha) is {value:g} ha; it must be more than 0.</source>
        <translation>A área do ponto (point_ha) é de {value:g} ha; deve ser maior que 0.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point for a large plot</source>
        <translation>Ponto para uma parcela grande</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point stands for {value:g} ha; Vantage takes a point only for a plot under {max} ha (the EU Information System accepts points up to {max} ha): draw this plot as a polygon.</source>
        <translation>O ponto representa {value:g} ha; a Vantage só aceita um ponto para uma parcela com menos de {max} ha (o Sistema de Informação da UE aceita pontos até {max} ha): desenhe esta parcela como polígono.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No commodity</source>
        <translation>Sem produto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no commodity; one must then be given for the whole job.</source>
        <translation>A parcela não tem produto; é preciso então informar um para todo o trabalho.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Unknown commodity</source>
        <translation>Produto desconhecido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Commodity {value!r} is not one of {commodities}.</source>
        <translation>O produto {value!r} não é nenhum destes: {commodities}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No harvest date</source>
        <translation>Sem data de colheita</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no harvest date; one must then be given for the whole job (it ends the analysis window).</source>
        <translation>A parcela não tem data de colheita; é preciso então informar uma para todo o trabalho (ela encerra o período de análise).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date not yyyy-MM-dd</source>
        <translation>Data de colheita fora do formato yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value!r} is not a date written yyyy-MM-dd.</source>
        <translation>A data de colheita {value!r} não é uma data escrita como yyyy-MM-dd.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date before 2021</source>
        <translation>Data de colheita anterior a 2021</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value} is before 1 January 2021: the EUDR cut-off is 31 December 2020, so there is no period after it to assess.</source>
        <translation>A data de colheita {value} é anterior a 1 de janeiro de 2021: a data de corte do EUDR é 31 de dezembro de 2020, portanto não há período posterior a avaliar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date in the future</source>
        <translation>Data de colheita no futuro</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value} is after today ({today}).</source>
        <translation>A data de colheita {value} é posterior a hoje ({today}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Duplicate geometry</source>
        <translation>Geometria duplicada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Same geometry as plot {other}.</source>
        <translation>Mesma geometria da parcela {other}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Duplicate plot id</source>
        <translation>Identificador de parcela duplicado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Plot id {value!r} of {feature} is also the id of {other_feature}.</source>
        <translation>O identificador de parcela {value!r} de {feature} é também o de {other_feature}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Plots overlap</source>
        <translation>Parcelas sobrepostas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Overlaps plot {other} by {area_ha:.4f} ha{detail}.</source>
        <translation>Sobrepõe-se à parcela {other} em {area_ha:.4f} ha{detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="216"/>
        <source> (it lies entirely inside that plot)</source>
        <translation> (está inteiramente dentro dessa parcela)</translation>
    </message>
</context>
<context>
    <name>VantageRisk</name>
    <message>
        <source>High: Deforestation &gt; 15% or &gt; 1 ha</source>
        <translation>Alto: desmatamento &gt; 15% ou &gt; 1 ha</translation>
    </message>
    <message>
        <source>Medium: Deforestation &gt; 10% or &gt; 0.5 ha</source>
        <translation>Médio: desmatamento &gt; 10% ou &gt; 0,5 ha</translation>
    </message>
    <message>
        <source>Low: Low deforestation detection</source>
        <translation>Baixo: pouco desmatamento detectado</translation>
    </message>
    <message>
        <source>Unknown: no deforestation data covers the plot</source>
        <translation>Desconhecido: nenhum dado de desmatamento cobre a parcela</translation>
    </message>
    <message>
        <source>Unknown: the data do not cover the whole plot and analysis window</source>
        <translation>Desconhecido: os dados não cobrem toda a parcela e todo o período de análise</translation>
    </message>
</context>
</TS>
