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
        <location filename="../vantage_plugin/plugin.py" line="227"/>
        <source>Vantage for QGIS</source>
        <translation>Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="113"/>
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
        <location filename="../vantage_plugin/plugin.py" line="97"/>
        <source>&amp;Vantage for QGIS</source>
        <translation>&amp;Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="173"/>
        <source>The Vantage panel could not be opened: {error}</source>
        <translation>Não foi possível abrir o painel do Vantage: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>Medium</source>
        <translation>Médio</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>Low</source>
        <translation>Baixo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="31"/>
        <source>analysed</source>
        <translation>analisada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="32"/>
        <source>analysed, data missing</source>
        <translation>analisada, dados faltando</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="33"/>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="34"/>
        <source>invalid (not analysed)</source>
        <translation>inválida (não analisada)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="35"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="36"/>
        <source>simulated (dry run)</source>
        <translation>simulada (teste)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="46"/>
        <source>{plots} plots</source>
        <translation>{plots} parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="69"/>
        <source>Vantage check summary</source>
        <translation>Resumo da verificação do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="74"/>
        <source>Dry run: these values are simulated placeholders, not real results.</source>
        <translation>Teste: estes valores são simulados, não são resultados reais.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="79"/>
        <source>Risk level</source>
        <translation>Nível de risco</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="148"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="84"/>
        <source>By risk level</source>
        <translation>Por nível de risco</translation>
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
        <translation>Área total: {area} ha. Desmatamento após 2020: {deforestation} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="103"/>
        <source>Run: {engine}, {status}</source>
        <translation>Execução: {engine}, {status}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="116"/>
        <source>Saved to {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="19"/>
        <source>Spend Vantage tokens?</source>
        <translation>Gastar tokens do Vantage?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="26"/>
        <source>This check sends {plots} plots to the Vantage API and costs {cost} tokens.</source>
        <translation>Esta verificação envia {plots} parcelas para a API do Vantage e custa {cost} tokens.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="35"/>
        <source>Your free token balance is unknown.</source>
        <translation>Seu saldo de tokens disponíveis é desconhecido.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="37"/>
        <source>You have {free} free tokens; {left} would be left.</source>
        <translation>Você tem {free} tokens disponíveis; restariam {left}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="45"/>
        <source>You do not have enough free tokens for this job.</source>
        <translation>Você não tem tokens disponíveis suficientes para este trabalho.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="49"/>
        <source>Tokens reserved for plots that fail are returned. A dry run costs nothing.</source>
        <translation>Os tokens reservados para parcelas que falham são devolvidos. Um teste não custa nada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="55"/>
        <source>Spend {cost} tokens</source>
        <translation>Gastar {cost} tokens</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="89"/>
        <source>Wood</source>
        <translation>Madeira</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="90"/>
        <source>Soy</source>
        <translation>Soja</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="91"/>
        <source>Cocoa</source>
        <translation>Cacau</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="92"/>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="93"/>
        <source>Palm oil</source>
        <translation>Óleo de palma</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="94"/>
        <source>Cattle (beef)</source>
        <translation>Gado bovino (carne)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="95"/>
        <source>Rubber</source>
        <translation>Borracha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="106"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="106"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="159"/>
        <source>A vector layer of plots: polygons or points, any CRS</source>
        <translation>Uma camada vetorial de parcelas: polígonos ou pontos, qualquer SRC</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="160"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="161"/>
        <source>Selected features only</source>
        <translation>Apenas feições selecionadas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="164"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="170"/>
        <source>Plot id</source>
        <translation>Id. da parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="171"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="291"/>
        <source>Commodity</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="303"/>
        <source>Harvest date</source>
        <translation>Data de colheita</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="174"/>
        <source>Point area (ha)</source>
        <translation>Área do ponto (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="189"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="190"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="191"/>
        <source>API jobs</source>
        <translation>Trabalhos da API</translation>
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
        <translation>Verificar cada parcela segundo as regras de geometria do EUDR e do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="224"/>
        <source>Fix…</source>
        <translation>Corrigir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="226"/>
        <source>Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)</source>
        <translation>Aplicar as correções seguras e gravar as parcelas corrigidas em um novo GeoPackage (sua camada não é alterada)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="658"/>
        <source>Validate the layer to list its problems.</source>
        <translation>Valide a camada para listar seus problemas.</translation>
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
        <translation>Gravidade</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="275"/>
        <source>Bundled (offline)</source>
        <translation>Integrado (offline)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="36"/>
        <source>Vantage API</source>
        <translation>API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="280"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="284"/>
        <source>From the field</source>
        <translation>Do campo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="290"/>
        <source>Used for plots whose commodity field is empty</source>
        <translation>Usado para as parcelas cujo campo de produto está vazio</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="296"/>
        <source>From the date field</source>
        <translation>Do campo de data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="300"/>
        <source>Used for plots whose harvest date field is empty; the analysis runs up to this date</source>
        <translation>Usada para as parcelas cujo campo de data de colheita está vazio; a análise vai até esta data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="770"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="309"/>
        <source>Save the results as</source>
        <translation>Salvar os resultados como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="310"/>
        <source>The results are written to this GeoPackage</source>
        <translation>Os resultados são gravados neste GeoPackage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="311"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="322"/>
        <source>Dry run (free)</source>
        <translation>Teste (grátis)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="324"/>
        <source>A dry run spends no token and returns simulated values, not real results</source>
        <translation>Um teste não gasta tokens e devolve valores simulados, não resultados reais</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="495"/>
        <source>Log in…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="331"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="333"/>
        <source>Ask the Vantage API for your token balance</source>
        <translation>Consultar seu saldo de tokens na API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="344"/>
        <source>Check plots</source>
        <translation>Verificar parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="348"/>
        <source>Summary…</source>
        <translation>Resumo…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1028"/>
        <source>Your Vantage API jobs, newest first.</source>
        <translation>Seus trabalhos da API do Vantage, os mais recentes primeiro.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="371"/>
        <source>Load jobs</source>
        <translation>Carregar trabalhos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="374"/>
        <source>Load more</source>
        <translation>Carregar mais</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="491"/>
        <source>Change login…</source>
        <translation>Mudar de conta…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="493"/>
        <source>Token balance not loaded yet.</source>
        <translation>Saldo de tokens ainda não carregado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="496"/>
        <source>Not logged in.</source>
        <translation>Sem sessão iniciada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="497"/>
        <source>Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check asks before spending tokens.</source>
        <translation>As parcelas são enviadas para a API do Vantage da Open Atlas. Um teste não custa nada; uma verificação real pede confirmação antes de gastar tokens.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="504"/>
        <source>Offline, with the data of {path}.</source>
        <translation>Offline, com os dados de {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="506"/>
        <source>Offline, with the default data catalog. Choose your forest and loss data in the Vantage settings.</source>
        <translation>Offline, com o catálogo de dados padrão. Escolha os seus dados de floresta e de perda nas configurações do Vantage.</translation>
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
        <translation>Falta uma parte do complemento: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="600"/>
        <source>Failed: {error}</source>
        <translation>Falhou: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="616"/>
        <source>Choose a layer of plots first.</source>
        <translation>Escolha primeiro uma camada de parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="620"/>
        <source>No feature is selected in {layer}.</source>
        <translation>Nenhuma feição está selecionada em {layer}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="631"/>
        <source>The layer has no features.</source>
        <translation>A camada não tem feições.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="648"/>
        <source>Validating {n} plots…</source>
        <translation>Validando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="726"/>
        <source>A safe fix exists: use Fix…</source>
        <translation>Existe uma correção segura: use Corrigir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="693"/>
        <source>No problem found: all {total} plots can be checked.</source>
        <translation>Nenhum problema: as {total} parcelas podem ser verificadas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="696"/>
        <source>{errors} errors and {warnings} warnings. {ready} of {total} plots can be checked; {blocked} are blocked by errors.</source>
        <translation>{errors} erros e {warnings} avisos. {ready} de {total} parcelas podem ser verificadas; {blocked} estão bloqueadas por erros.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="770"/>
        <source>Save the fixed plots as</source>
        <translation>Salvar as parcelas corrigidas como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="786"/>
        <source>Fixing {n} plots…</source>
        <translation>Corrigindo {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="799"/>
        <source>{layer} (fixed)</source>
        <translation>{layer} (corrigida)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="801"/>
        <source>Remaining problems</source>
        <translation>Problemas restantes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="802"/>
        <source>{n} fixes applied; the fixed plots are in a new layer.</source>
        <translation>{n} correções aplicadas; as parcelas corrigidas estão em uma nova camada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="823"/>
        <source>Choose where to save the results (a GeoPackage).</source>
        <translation>Escolha onde salvar os resultados (um GeoPackage).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="855"/>
        <source>Checking {n} plots…</source>
        <translation>Verificando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="880"/>
        <source>{layer} — Vantage risk</source>
        <translation>{layer} — risco Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="888"/>
        <source>Check finished: {summary}</source>
        <translation>Verificação concluída: {summary}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="918"/>
        <source>The output could not be opened: {uri}</source>
        <translation>Não foi possível abrir a saída: {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="953"/>
        <source>Log in to use the Vantage API.</source>
        <translation>Entre para usar a API do Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="985"/>
        <source>Loading the token balance…</source>
        <translation>Carregando o saldo de tokens…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="986"/>
        <source>Vantage token balance</source>
        <translation>Saldo de tokens do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="992"/>
        <source>{free} free tokens</source>
        <translation>{free} tokens disponíveis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="994"/>
        <source>(balance {total}, reserved {reserved})</source>
        <translation>(saldo {total}, reservados {reserved})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1004"/>
        <source>Vantage jobs</source>
        <translation>Trabalhos do Vantage</translation>
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
        <translation>Ainda não há trabalhos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="69"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="43"/>
        <source>Login (auth config)</source>
        <translation>Conta (config. de autenticação)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="44"/>
        <source>Dry run by default (no token is spent)</source>
        <translation>Teste por padrão (nenhum token é gasto)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="49"/>
        <source>Bundled offline engine</source>
        <translation>Motor integrado offline</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="53"/>
        <source>Data catalog (*.json)</source>
        <translation>Catálogo de dados (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="55"/>
        <source>Data catalog</source>
        <translation>Catálogo de dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="56"/>
        <source>The JSON file naming the forest, loss-year, protected-area and indigenous-land data to use.</source>
        <translation>O arquivo JSON que indica os dados de floresta, ano de perda, áreas protegidas e terras indígenas a usar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="63"/>
        <source>Outputs</source>
        <translation>Saídas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="68"/>
        <source>Default output folder</source>
        <translation>Pasta de saída padrão</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="112"/>
        <source>Vantage settings</source>
        <translation>Configurações do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="52"/>
        <source>Log in to Vantage</source>
        <translation>Entrar no Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="57"/>
        <source>Use the user name and password Open Atlas gave you. They are kept in the QGIS authentication database, never in plain settings.</source>
        <translation>Use o nome de usuário e a senha que a Open Atlas forneceu. Eles ficam guardados no banco de dados de autenticação do QGIS, nunca nas configurações em texto simples.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="72"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="76"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="88"/>
        <source>Save login</source>
        <translation>Salvar a conta</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="103"/>
        <source>The server address must start with https://</source>
        <translation>O endereço do servidor deve começar com https://</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="106"/>
        <source>Enter your user name and password.</source>
        <translation>Digite seu nome de usuário e sua senha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="42"/>
        <source>Install shapely 2.0 or later (python3-shapely or pip install shapely).</source>
        <translation>Instale o shapely 2.0 ou mais recente (python3-shapely ou pip install shapely).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="43"/>
        <source>The plugin could not be loaded: {error}.</source>
        <translation>Não foi possível carregar o complemento: {error}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="232"/>
        <source>Show warnings</source>
        <translation>Mostrar avisos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="705"/>
        <source>Validation finished.</source>
        <translation>Validação concluída.</translation>
    </message>
</context>
</TS>
