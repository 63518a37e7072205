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
        <location filename="../vantage_plugin/plugin.py" line="243"/>
        <source>Vantage for QGIS</source>
        <translation>Vantage para QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="196"/>
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
        <location filename="../vantage_plugin/plugin.py" line="174"/>
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
        <location filename="../vantage_plugin/gui/dock.py" line="231"/>
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
        <location filename="../vantage_plugin/gui/dock.py" line="242"/>
        <source>A vector layer of plots: polygons or points, any CRS</source>
        <translation>Uma camada vetorial de parcelas: polígonos ou pontos, qualquer SRC</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="297"/>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Selected features only</source>
        <translation>Apenas feições selecionadas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="299"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="253"/>
        <source>Plot id</source>
        <translation>Id. da parcela</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="254"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="374"/>
        <source>Commodity</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="386"/>
        <source>Harvest date</source>
        <translation>Data de colheita</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="257"/>
        <source>Point area (ha)</source>
        <translation>Área do ponto (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="272"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="273"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="274"/>
        <source>API jobs</source>
        <translation>Trabalhos da API</translation>
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
        <translation>Verificar cada parcela segundo as regras de geometria do EUDR e do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="307"/>
        <source>Fix…</source>
        <translation>Corrigir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="309"/>
        <source>Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)</source>
        <translation>Aplicar as correções seguras e gravar as parcelas corrigidas em um novo GeoPackage (sua camada não é alterada)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="749"/>
        <source>Validate the layer to list its problems.</source>
        <translation>Valide a camada para listar seus problemas.</translation>
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
        <translation>Gravidade</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="327"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="358"/>
        <source>Bundled (offline)</source>
        <translation>Integrado (offline)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="49"/>
        <source>Vantage API</source>
        <translation>API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="363"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="367"/>
        <source>From the field</source>
        <translation>Do campo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="373"/>
        <source>Used for plots whose commodity field is empty</source>
        <translation>Usado para as parcelas cujo campo de produto está vazio</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="379"/>
        <source>From the date field</source>
        <translation>Do campo de data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="383"/>
        <source>Used for plots whose harvest date field is empty; the analysis runs up to this date</source>
        <translation>Usada para as parcelas cujo campo de data de colheita está vazio; a análise vai até esta data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="863"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="392"/>
        <source>Save the results as</source>
        <translation>Salvar os resultados como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="393"/>
        <source>The results are written to this GeoPackage</source>
        <translation>Os resultados são gravados neste GeoPackage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="394"/>
        <source>Output</source>
        <translation>Saída</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="405"/>
        <source>Dry run (free)</source>
        <translation>Teste (grátis)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="407"/>
        <source>A dry run spends no token and returns simulated values, not real results</source>
        <translation>Um teste não gasta tokens e devolve valores simulados, não resultados reais</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="578"/>
        <source>Log in…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="414"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="416"/>
        <source>Ask the Vantage API for your token balance</source>
        <translation>Consultar seu saldo de tokens na API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="427"/>
        <source>Check plots</source>
        <translation>Verificar parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="431"/>
        <source>Summary…</source>
        <translation>Resumo…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1128"/>
        <source>Your Vantage API jobs, newest first.</source>
        <translation>Seus trabalhos da API do Vantage, os mais recentes primeiro.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="454"/>
        <source>Load jobs</source>
        <translation>Carregar trabalhos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="457"/>
        <source>Load more</source>
        <translation>Carregar mais</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="574"/>
        <source>Change login…</source>
        <translation>Mudar de conta…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="576"/>
        <source>Token balance not loaded yet.</source>
        <translation>Saldo de tokens ainda não carregado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="579"/>
        <source>Not logged in.</source>
        <translation>Sem sessão iniciada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="580"/>
        <source>Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check asks before spending tokens.</source>
        <translation>As parcelas são enviadas para a API do Vantage da Open Atlas. Um teste não custa nada; uma verificação real pede confirmação antes de gastar tokens.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="587"/>
        <source>Offline, with the data of {path}.</source>
        <translation>Offline, com os dados de {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="589"/>
        <source>Offline, with the default data catalog. Choose your forest and loss data in the Vantage settings.</source>
        <translation>Offline, com o catálogo de dados padrão. Escolha os seus dados de floresta e de perda nas configurações do Vantage.</translation>
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
        <translation>Falta uma parte do complemento: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="691"/>
        <source>Failed: {error}</source>
        <translation>Falhou: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="707"/>
        <source>Choose a layer of plots first.</source>
        <translation>Escolha primeiro uma camada de parcelas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="711"/>
        <source>No feature is selected in {layer}.</source>
        <translation>Nenhuma feição está selecionada em {layer}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="722"/>
        <source>The layer has no features.</source>
        <translation>A camada não tem feições.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="739"/>
        <source>Validating {n} plots…</source>
        <translation>Validando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="819"/>
        <source>A safe fix exists: use Fix…</source>
        <translation>Existe uma correção segura: use Corrigir…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="784"/>
        <source>No problem found: all {total} plots can be checked.</source>
        <translation>Nenhum problema: as {total} parcelas podem ser verificadas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="787"/>
        <source>{errors} errors and {warnings} warnings. {ready} of {total} plots can be checked; {blocked} are blocked by errors.</source>
        <translation>{errors} erros e {warnings} avisos. {ready} de {total} parcelas podem ser verificadas; {blocked} estão bloqueadas por erros.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="863"/>
        <source>Save the fixed plots as</source>
        <translation>Salvar as parcelas corrigidas como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="879"/>
        <source>Fixing {n} plots…</source>
        <translation>Corrigindo {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="892"/>
        <source>{layer} (fixed)</source>
        <translation>{layer} (corrigida)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="894"/>
        <source>Remaining problems</source>
        <translation>Problemas restantes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="895"/>
        <source>{n} fixes applied; the fixed plots are in a new layer.</source>
        <translation>{n} correções aplicadas; as parcelas corrigidas estão em uma nova camada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="916"/>
        <source>Choose where to save the results (a GeoPackage).</source>
        <translation>Escolha onde salvar os resultados (um GeoPackage).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="955"/>
        <source>Checking {n} plots…</source>
        <translation>Verificando {n} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="980"/>
        <source>{layer} — Vantage risk</source>
        <translation>{layer} — risco Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="142"/>
        <source>Check finished: {summary}</source>
        <translation>Verificação concluída: {summary}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1018"/>
        <source>The output could not be opened: {uri}</source>
        <translation>Não foi possível abrir a saída: {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1053"/>
        <source>Log in to use the Vantage API.</source>
        <translation>Entre para usar a API do Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1085"/>
        <source>Loading the token balance…</source>
        <translation>Carregando o saldo de tokens…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1086"/>
        <source>Vantage token balance</source>
        <translation>Saldo de tokens do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1092"/>
        <source>{free} free tokens</source>
        <translation>{free} tokens disponíveis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1094"/>
        <source>(balance {total}, reserved {reserved})</source>
        <translation>(saldo {total}, reservados {reserved})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1104"/>
        <source>Vantage jobs</source>
        <translation>Trabalhos do Vantage</translation>
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
        <translation>Ainda não há trabalhos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="69"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="56"/>
        <source>Login (auth config)</source>
        <translation>Conta (config. de autenticação)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="57"/>
        <source>Dry run by default (no token is spent)</source>
        <translation>Teste por padrão (nenhum token é gasto)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="62"/>
        <source>Bundled offline engine</source>
        <translation>Motor integrado offline</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="470"/>
        <source>Data catalog (*.json)</source>
        <translation>Catálogo de dados (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="76"/>
        <source>Outputs</source>
        <translation>Saídas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="81"/>
        <source>Default output folder</source>
        <translation>Pasta de saída padrão</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="150"/>
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
        <location filename="../vantage_plugin/gui/dock.py" line="315"/>
        <source>Show warnings</source>
        <translation>Mostrar avisos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="796"/>
        <source>Validation finished.</source>
        <translation>Validação concluída.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="658"/>
        <source>No job was started and no token was spent.</source>
        <translation>Nenhum trabalho foi iniciado e nenhum token foi gasto.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="44"/>
        <source>{what} is not available in this installation of Vantage for QGIS ({error}).</source>
        <translation>{what}: não disponível nesta instalação do Vantage para QGIS ({error}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="30"/>
        <source>The Vantage API client</source>
        <translation>O cliente da API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="41"/>
        <source>No Vantage account is set up: log in from the Vantage panel or its settings first.</source>
        <translation>Nenhuma conta do Vantage está configurada: entre primeiro pelo painel do Vantage ou pelas configurações dele.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="117"/>
        <source>blocked by validation</source>
        <translation>bloqueadas pela validação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="119"/>
        <source>still running at the Vantage API</source>
        <translation>ainda em andamento na API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="121"/>
        <source>cancelled</source>
        <translation>análise cancelada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="121"/>
        <source>analysis failed</source>
        <translation>falha na análise</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="123"/>
        <source>no loss-year data configured</source>
        <translation>nenhum dado de ano de perda configurado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="125"/>
        <source>forest 2020 data unreadable</source>
        <translation>dados de floresta 2020 ilegíveis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="127"/>
        <source>loss-year data unreadable</source>
        <translation>dados de ano de perda ilegíveis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="129"/>
        <source>only partly covered by the data</source>
        <translation>cobertas apenas em parte pelos dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="131"/>
        <source>outside the data</source>
        <translation>fora da cobertura dos dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="132"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="163"/>
        <source>no risk level</source>
        <translation>sem nível de risco</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="166"/>
        <source>Check finished: no plot was checked.</source>
        <translation>Verificação concluída: nenhuma parcela foi verificada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="172"/>
        <source>Check finished, but no plot could be assessed: {why}.</source>
        <translation>Verificação concluída, mas nenhuma parcela pôde ser avaliada: {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="176"/>
        <source>{n} of {total} plots could not be assessed: {why}.</source>
        <translation>{n} de {total} parcelas não puderam ser avaliadas: {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="180"/>
        <source>{n} plots are only partly covered by the data (their level is a minimum).</source>
        <translation>{n} parcelas estão cobertas apenas em parte pelos dados (o nível delas é um mínimo).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="65"/>
        <source>The data the offline engine reads, set once: forest 2020, tree cover loss year, protected areas, indigenous lands and boundaries. Saved as a data catalog (JSON) that a team can share.</source>
        <translation>Os dados que o motor offline lê, definidos uma única vez: floresta 2020, ano de perda de cobertura arbórea, áreas protegidas, terras indígenas e limites. Salvos como um catálogo de dados (JSON) que uma equipe pode compartilhar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="102"/>
        <source>The data catalog was not saved to {path}: {error}</source>
        <translation>O catálogo de dados não foi salvo em {path}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="60"/>
        <source>Forest 2020</source>
        <translation>Floresta 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="61"/>
        <source>Tree cover loss year</source>
        <translation>Ano de perda de cobertura arbórea</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="62"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="63"/>
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
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="214"/>
        <source>Check data</source>
        <translation>Verificar dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="216"/>
        <source>Open every file of the catalog and report what cannot be read</source>
        <translation>Abrir cada arquivo do catálogo e informar o que não pode ser lido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="240"/>
        <source>Rasters (*.tif *.tiff *.vrt *.img *.jp2);;All files (*)</source>
        <translation>Rasters (*.tif *.tiff *.vrt *.img *.jp2);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="269"/>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="247"/>
        <source>Folder…</source>
        <translation>Pasta…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="248"/>
        <source>Choose a folder of tiles</source>
        <translation>Escolher uma pasta de tiles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="257"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;All files (*)</source>
        <translation>Dados vetoriais (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="260"/>
        <source>A vector file (any OGR format), a /vsizip/ path or a URL</source>
        <translation>Um arquivo vetorial (qualquer formato OGR), um caminho /vsizip/ ou uma URL</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="263"/>
        <source>default: QGIS&apos;s world_map.gpkg</source>
        <translation>padrão: world_map.gpkg do QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="264"/>
        <source>Empty: {path} (Natural Earth countries and states)</source>
        <translation>Vazio: {path} (países e estados do Natural Earth)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="267"/>
        <source>QGIS&apos;s world_map.gpkg was not found: choose a file</source>
        <translation>O arquivo world_map.gpkg do QGIS não foi encontrado: escolha um arquivo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="278"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="279"/>
        <source>The layer to read; empty: the world_map countries and states layers, else the first polygon layer</source>
        <translation>A camada a ser lida; vazio: as camadas de países e estados do world_map; caso contrário, a primeira camada de polígonos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="279"/>
        <source>The layer to read; empty: the only layer, else the first polygon layer</source>
        <translation>A camada a ser lida; vazio: a única camada; caso contrário, a primeira camada de polígonos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="289"/>
        <source>e.g. {example}</source>
        <translation>ex.: {example}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="290"/>
        <source>Optional field mapping: role=field pairs, comma separated; empty: detected from the layer.</source>
        <translation>Mapeamento de campos opcional: pares role=field separados por vírgulas; vazio: detectado a partir da camada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="292"/>
        <source>Roles: {roles}</source>
        <translation>Papéis: {roles}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="381"/>
        <source>{role}: the field mapping &apos;{text}&apos; is not role=field pairs</source>
        <translation>{role}: o mapeamento de campos '{text}' não está em pares role=field</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="404"/>
        <source>The data catalog could not be read: {error}</source>
        <translation>Não foi possível ler o catálogo de dados: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="452"/>
        <source>Open a data catalog</source>
        <translation>Abrir um catálogo de dados</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="465"/>
        <source>Catalog read from {path}. Save the settings to use it.</source>
        <translation>Catálogo lido de {path}. Salve as configurações para usá-lo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="470"/>
        <source>Save the data catalog as</source>
        <translation>Salvar o catálogo de dados como</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="480"/>
        <source>The data catalog could not be saved: {error}</source>
        <translation>Não foi possível salvar o catálogo de dados: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="484"/>
        <source>Catalog saved to {path}. Save the settings to use it.</source>
        <translation>Catálogo salvo em {path}. Salve as configurações para usá-lo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="509"/>
        <source>{role}: &apos;{key}&apos; is not a field mapping role (roles: {roles})</source>
        <translation>{role}: '{key}' não é um papel de mapeamento de campos (papéis: {roles})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="515"/>
        <source>No tree cover loss year data: every plot will be Unknown.</source>
        <translation>Sem dados de ano de perda de cobertura arbórea: todas as parcelas terão o nível Desconhecido.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="517"/>
        <source>No forest 2020 data: all loss after 2020 counts as deforestation (an upper bound).</source>
        <translation>Sem dados de floresta 2020: toda perda após 2020 conta como desmatamento (um limite superior).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="521"/>
        <source>No country / state boundaries: QGIS&apos;s world_map.gpkg was not found.</source>
        <translation>Sem limites de países / estados: o arquivo world_map.gpkg do QGIS não foi encontrado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="528"/>
        <source>The data cannot be used as it is:</source>
        <translation>Os dados não podem ser usados como estão:</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="535"/>
        <source>All data sources can be read.</source>
        <translation>Todas as fontes de dados podem ser lidas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="549"/>
        <source>{role}: a folder of tiles</source>
        <translation>{role}: uma pasta de tiles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="234"/>
        <source>Vantage for QGIS cannot check plots yet</source>
        <translation>O Vantage para QGIS ainda não pode verificar parcelas</translation>
    </message>
    <message>
        <source>Evidence maps (one PNG per plot, beside the results)</source>
        <translation>Mapas de evidência (um PNG por parcela, ao lado dos resultados)</translation>
    </message>
    <message>
        <source>The run record could not be stored: {error}</source>
        <translation>Não foi possível guardar o registro da execução: {error}</translation>
    </message>
    <message>
        <source>Rendering the evidence maps…</source>
        <translation>Gerando os mapas de evidência…</translation>
    </message>
    <message>
        <source>{count} evidence maps written to {folder}</source>
        <translation>{count} mapas de evidência gravados em {folder}</translation>
    </message>
    <message>
        <source>EUDR evidence · Vantage for QGIS</source>
        <translation>Evidência EUDR · Vantage para QGIS</translation>
    </message>
    <message>
        <source>Risk: {level}</source>
        <translation>Risco: {level}</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Loss after 2020</source>
        <translation>Perda após 2020</translation>
    </message>
    <message>
        <source>Loss by year (ha)</source>
        <translation>Perda por ano (ha)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Analysis end</source>
        <translation>Fim da análise</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Not forest in 2020</source>
        <translation>Não floresta em 2020</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>Tree-cover loss by year</source>
        <translation>Perda de cobertura arbórea por ano</translation>
    </message>
    <message>
        <source>Data sources:</source>
        <translation>Fontes de dados:</translation>
    </message>
    <message>
        <source>Engine {engine} {version}, {date}</source>
        <translation>Motor {engine} {version}, {date}</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Loss &gt; 2020</source>
        <translation>Perda &gt; 2020</translation>
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
        <translation>Relatório de execução do Vantage</translation>
    </message>
    <message>
        <source>EUDR plot check report</source>
        <translation>Relatório de verificação de parcelas EUDR</translation>
    </message>
    <message>
        <source>{input} · results {results} · report made {now}</source>
        <translation>{input} · resultados {results} · relatório gerado em {now}</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Run date</source>
        <translation>Data da execução</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Estado da execução</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Plot id field</source>
        <translation>Campo de identificador da parcela</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fontes de dados</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de dados</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>no level</source>
        <translation>sem nível</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Area (ha)</source>
        <translation>Área (ha)</translation>
    </message>
    <message>
        <source>Loss &gt; 2020 (ha)</source>
        <translation>Perda &gt; 2020 (ha)</translation>
    </message>
    <message>
        <source>Forest in 2020: {forest} ha. Overlap with protected areas: {protected} ha; with indigenous lands: {indigenous} ha.
{flagged} plots need a look (High, Medium, Unknown, invalid or failed): each has a page after the table of all plots.</source>
        <translation>Floresta em 2020: {forest} ha. Sobreposição com áreas protegidas: {protected} ha; com terras indígenas: {indigenous} ha.
{flagged} parcelas precisam de revisão (Alto, Médio, Desconhecido, inválidas ou com falha): cada uma tem uma página após a tabela de todas as parcelas.</translation>
    </message>
    <message>
        <source>All plots ({count})</source>
        <translation>Todas as parcelas ({count})</translation>
    </message>
    <message>
        <source>Areas in hectares; loss: tree-cover loss after 31 December 2020.</source>
        <translation>Áreas em hectares; perda: perda de cobertura arbórea após 31 de dezembro de 2020.</translation>
    </message>
    <message>
        <source>Plot {label}</source>
        <translation>Parcela {label}</translation>
    </message>
    <message>
        <source>Evidence image: {url}</source>
        <translation>Imagem de evidência: {url}</translation>
    </message>
    <message>
        <source>Why this plot needs a look</source>
        <translation>Por que revisar esta parcela</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Analysis version</source>
        <translation>Versão da análise</translation>
    </message>
    <message>
        <source>Vantage for QGIS · EUDR plot check report · page {page} of {pages}</source>
        <translation>Vantage para QGIS · relatório de verificação de parcelas EUDR · página {page} de {pages}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Render one evidence map (PNG) per plot beside the results</source>
        <translation>Gerar um mapa de evidência (PNG) por parcela ao lado dos resultados</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Relatório…</translation>
    </message>
    <message>
        <source>Write the run report (PDF)</source>
        <translation>Gravar o relatório de execução (PDF)</translation>
    </message>
    <message>
        <source>Save the run report as</source>
        <translation>Salvar o relatório de execução como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} páginas, {flagged} parcelas que precisam de revisão: {path}</translation>
    </message>
    <message>
        <source>Open evidence map</source>
        <translation>Abrir o mapa de evidência</translation>
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
        <translation>Verificações</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="104"/>
        <source>Validates the plots, then assesses each valid plot for the EUDR: forest cover in 2020, tree-cover loss after 31 December 2020 (total and per year), overlaps with protected areas and indigenous lands, country, geodesic area and the Vantage risk level (High when deforestation &gt; 15 % of the plot or &gt; 1 ha; Medium &gt; 10 % or &gt; 0.5 ha; otherwise Low; Unknown without loss data).

ENGINE bundled runs offline on the data given here; data left empty comes from the data catalog configured in the plugin settings. ENGINE api sends the plots to the Vantage API of Open Atlas with the account set in the plugin settings: DRY_RUN (the default) spends no token and returns simulated values; a real run spends tokens only when CONFIRM_SPEND is set (qgis_process cannot ask).

COMMODITY and HARVEST_DATE (yyyy-MM-dd) apply to plots whose own fields are empty.

The output is a GeoPackage layer with every source attribute, the flat results (risk_level, area_ha, deforestation_ha, per-year loss, overlaps, status, error, analysis_json…) and the plot geometry in WGS84, styled by risk level. Plots blocked by validation are kept with status 'invalid' and the reason in 'error'.</source>
        <translation>Valida as parcelas e depois avalia cada parcela válida para o EUDR: cobertura florestal em 2020, perda de cobertura arbórea após 31 de dezembro de 2020 (total e por ano), sobreposições com áreas protegidas e terras indígenas, país, área geodésica e o nível de risco do Vantage (High quando o desmatamento &gt; 15% da parcela ou &gt; 1 ha; Medium &gt; 10% ou &gt; 0,5 ha; caso contrário Low; Unknown sem dados de perda).

ENGINE bundled é executado offline com os dados informados aqui; os dados deixados em branco vêm do catálogo de dados definido nas configurações do complemento. ENGINE api envia as parcelas para a API do Vantage da Open Atlas com a conta definida nas configurações do complemento: DRY_RUN (o padrão) não gasta tokens e devolve valores simulados; uma execução real só gasta tokens quando CONFIRM_SPEND está ativado (o qgis_process não pode pedir confirmação).

COMMODITY e HARVEST_DATE (yyyy-MM-dd) se aplicam às parcelas cujos próprios campos estão vazios.

A saída é uma camada GeoPackage com todos os atributos de origem, os resultados planos (risk_level, area_ha, deforestation_ha, perda por ano, sobreposições, status, error, analysis_json…) e a geometria da parcela em WGS84, com estilo por nível de risco. As parcelas bloqueadas pela validação são mantidas com o status 'invalid' e o motivo em 'error'.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="125"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="128"/>
        <source>Commodity (for plots without one)</source>
        <translation>Produto (para as parcelas sem produto)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="136"/>
        <source>Harvest date, yyyy-MM-dd (for plots without one)</source>
        <translation>Data de colheita, yyyy-MM-dd (para as parcelas sem data)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="141"/>
        <source>Forest cover 2020 raster (default: data catalog)</source>
        <translation>Raster de cobertura florestal 2020 (padrão: catálogo de dados)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="146"/>
        <source>Forest when the forest raster value is at least</source>
        <translation>Floresta quando o valor do raster de floresta for pelo menos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="155"/>
        <source>The forest raster is the JRC GFC2020 mask</source>
        <translation>O raster de floresta é a máscara JRC GFC2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="160"/>
        <source>Tree cover loss year raster (Hansen lossyear)</source>
        <translation>Raster do ano de perda de cobertura arbórea (Hansen lossyear)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="165"/>
        <source>Protected areas</source>
        <translation>Áreas protegidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="173"/>
        <source>Indigenous lands</source>
        <translation>Terras indígenas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="181"/>
        <source>API: dry run (no token spent)</source>
        <translation>API: teste (nenhum token gasto)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="184"/>
        <source>API: I agree to spend tokens (needed for a real run)</source>
        <translation>API: concordo em gastar tokens (necessário para uma execução real)</translation>
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
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="209"/>
        <source>HARVEST_DATE must be a date written yyyy-MM-dd, not {value}.</source>
        <translation>HARVEST_DATE deve ser uma data no formato yyyy-MM-dd, não {value}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="218"/>
        <source>The bundled engine</source>
        <translation>O motor integrado</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="224"/>
        <source>Data catalog: {path}{missing}</source>
        <translation>Catálogo de dados: {path}{missing}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="224"/>
        <source> (not found: only the data given here)</source>
        <translation> (não encontrado: apenas os dados informados aqui)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="255"/>
        <source>The Vantage API engine</source>
        <translation>O motor da API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="266"/>
        <source>No Vantage account is set up: log in from the Vantage panel or its settings first.</source>
        <translation>Nenhuma conta do Vantage está configurada: entre primeiro pelo painel do Vantage ou pelas configurações dele.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="273"/>
        <source>API state (registered plots, job ids): {path}</source>
        <translation>Estado da API (parcelas registradas, ids dos trabalhos): {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="283"/>
        <source>Spending {cost} tokens for {count} plots ({free} available).</source>
        <translation>Gastando {cost} tokens para {count} parcelas ({free} disponíveis).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="288"/>
        <source>This check would spend {cost} tokens for {count} plots and the account has {free} free tokens. Nothing was spent: set CONFIRM_SPEND to agree, or run with DRY_RUN.</source>
        <translation>Esta verificação gastaria {cost} tokens para {count} parcelas e a conta tem {free} tokens disponíveis. Nada foi gasto: ative CONFIRM_SPEND para concordar ou execute com DRY_RUN.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="295"/>
        <source>Dry run: no token is spent, the results are simulated.</source>
        <translation>Teste: nenhum token é gasto, os resultados são simulados.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="303"/>
        <source>The check service</source>
        <translation>O serviço de verificação</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="313"/>
        <source>The input has no plot.</source>
        <translation>A entrada não tem nenhuma parcela.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="323"/>
        <source>Checking {count} plots with the {engine} engine…</source>
        <translation>Verificando {count} parcelas com o motor {engine}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="330"/>
        <source>The {engine} engine</source>
        <translation>O motor {engine}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="340"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="342"/>
        <source>Writing {path}…</source>
        <translation>Gravando {path}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="374"/>
        <source>{plots} plots checked with the {engine} engine (run {status}).</source>
        <translation>{plots} parcelas verificadas com o motor {engine} (execução {status}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="377"/>
        <source>Risk: High {HIGH}, Medium {MEDIUM}, Low {LOW}, Unknown {UNKNOWN}; invalid {INVALID}, failed {FAILED}.</source>
        <translation>Risco: Alto {HIGH}, Médio {MEDIUM}, Baixo {LOW}, Desconhecido {UNKNOWN}; inválidas {INVALID}, com falha {FAILED}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="379"/>
        <source>Area {area} ha, deforestation after 2020 {loss} ha.</source>
        <translation>Área {area} ha, desmatamento após 2020 {loss} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="385"/>
        <source>{count} results are simulated (dry run): not real results.</source>
        <translation>{count} resultados são simulados (teste): não são resultados reais.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="388"/>
        <source>Validation: {errors} errors, {warnings} warnings.</source>
        <translation>Validação: {errors} erros, {warnings} avisos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="390"/>
        <source>Output: {uri}</source>
        <translation>Saída: {uri}</translation>
    </message>
</context>
<context>
    <name>FixPlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="59"/>
        <source>Fix plots (safe fixes)</source>
        <translation>Corrigir parcelas (correções seguras)</translation>
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
        <translation>Grava uma cópia corrigida das parcelas (WGS84) mantendo todos os atributos de origem e um campo 'vantage_fixes' que indica o que foi alterado. Apenas correções seguras são aplicadas, e somente as escolhidas:
{fixes}

A tabela opcional CHANGES lista cada alteração (e cada correção que não pôde ser aplicada com segurança). Execute 'Validar parcelas' no resultado para ver o que resta.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="79"/>
        <source>Fixes to apply</source>
        <translation>Correções a aplicar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="89"/>
        <source>Fixed plots</source>
        <translation>Parcelas corrigidas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="96"/>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="101"/>
        <source>Changes made</source>
        <translation>Alterações feitas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="102"/>
        <source>Plots changed</source>
        <translation>Parcelas alteradas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="103"/>
        <source>Fixes not applied (unsafe)</source>
        <translation>Correções não aplicadas (não seguras)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="109"/>
        <source>Plot fixes</source>
        <translation>Correções de parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="116"/>
        <source>Applying {fixes}…</source>
        <translation>Aplicando {fixes}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="116"/>
        <source>no fix</source>
        <translation>nenhuma correção</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="160"/>
        <source>{count} plots have a geometry of another kind than the layer&apos;s (kept without geometry).</source>
        <translation>{count} parcelas têm uma geometria de tipo diferente do da camada (mantidas sem geometria).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="184"/>
        <source>{changes} changes to {plots} plots; {skipped} fixes not applied.</source>
        <translation>{changes} alterações em {plots} parcelas; {skipped} correções não aplicadas.</translation>
    </message>
</context>
<context>
    <name>ImportJobAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="101"/>
        <source>Import a Vantage job</source>
        <translation>Importar um trabalho do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="104"/>
        <source>Vantage API</source>
        <translation>API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="110"/>
        <source>Fetches the results of an existing job of your Vantage account (see &apos;List Vantage jobs&apos;) and writes them with the plots&apos; geometries to a GeoPackage styled by risk level. Nothing is spent. Uses the account set in the plugin settings.</source>
        <translation>Busca os resultados de um trabalho existente da sua conta do Vantage (veja 'Listar trabalhos do Vantage') e os grava, com as geometrias das parcelas, em um GeoPackage com estilo por nível de risco. Nada é gasto. Usa a conta definida nas configurações do complemento.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="117"/>
        <source>Job id</source>
        <translation>Id. do trabalho</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="118"/>
        <source>The job was a dry run (simulated results)</source>
        <translation>O trabalho foi um teste (resultados simulados)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="123"/>
        <source>Job results (GeoPackage)</source>
        <translation>Resultados do trabalho (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="128"/>
        <source>Plots</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="129"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="136"/>
        <source>The Vantage API workflow</source>
        <translation>O fluxo de trabalho da API do Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="144"/>
        <source>Give the id of the job to import.</source>
        <translation>Informe o id do trabalho a importar.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="158"/>
        <source>The job cost no token: its results are marked simulated (dry run).</source>
        <translation>O trabalho não custou nenhum token: seus resultados são marcados como simulados (teste).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="178"/>
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
        <source>Lists the jobs of your Vantage account, newest first (id, name, status, dates, token cost, number of plots), as a table. Import one with &apos;Import a Vantage job&apos;.</source>
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
        <location filename="../vantage_plugin/processing/list_jobs.py" line="76"/>
        <source>The Vantage API workflow</source>
        <translation>O fluxo de trabalho da API do Vantage</translation>
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
        <source>Run report (PDF)</source>
        <translation>Relatório de execução (PDF)</translation>
    </message>
    <message>
        <source>Writes the PDF report of a result layer made by &apos;Check plots (EUDR)&apos;: the run (input, engine, date, data sources with their versions and years, parameters), the counts by risk level and status with their hectares, a table of every plot (on as many pages as needed), then one page per plot that needs a look (High, Medium, Unknown, invalid or failed) with its evidence map and reasons.

Evidence maps missing for those plots are rendered first (into &lt;results&gt;_evidence beside the GeoPackage, their paths stored in analysis_image) unless RENDER_MISSING is off.</source>
        <translation>Grava o relatório PDF de uma camada de resultados criada por «Verificar parcelas (EUDR)»: a execução (entrada, motor, data, fontes de dados com suas versões e anos, parâmetros), as contagens por nível de risco e estado com seus hectares, uma tabela de todas as parcelas (em quantas páginas forem necessárias) e depois uma página por parcela que precisa de revisão (Alto, Médio, Desconhecido, inválida ou com falha) com seu mapa de evidência e seus motivos.

Os mapas de evidência que faltarem para essas parcelas são gerados primeiro (em &lt;results&gt;_evidence ao lado do GeoPackage, com seus caminhos guardados em analysis_image), a menos que RENDER_MISSING esteja desativado.</translation>
    </message>
    <message>
        <source>Result layer (GeoPackage written by Check plots)</source>
        <translation>Camada de resultados (GeoPackage gravado por Verificar parcelas)</translation>
    </message>
    <message>
        <source>Render missing evidence maps</source>
        <translation>Gerar os mapas de evidência que faltam</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>Relatório (PDF)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Plots that need a look</source>
        <translation>Parcelas que precisam de revisão</translation>
    </message>
    <message>
        <source>The report is made from a result GeoPackage written by Check plots.</source>
        <translation>O relatório é feito a partir de um GeoPackage de resultados gravado por Verificar parcelas.</translation>
    </message>
    <message>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} páginas, {flagged} parcelas que precisam de revisão: {path}</translation>
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
        <translation>Verifica cada parcela segundo as regras de geometria do EUDR e do Vantage antes de qualquer análise ou envio: geometrias ausentes ou ilegíveis, anéis abertos ou mal aninhados, autointerseções, picos, poucas casas decimais, duplicatas e sobreposições, pontos acima de 4 ha, valores de produto e de data de colheita.

A saída tem uma linha por problema, com o id da parcela, o código da regra, sua gravidade (um erro bloqueia a parcela, um aviso não), uma mensagem, a correção segura que o elimina (veja 'Corrigir parcelas') e a geometria da parcela em WGS84.

As saídas ERRORS, WARNINGS e VALID_PLOTS (parcelas sem nenhum erro) são números utilizáveis em modelos.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="59"/>
        <source>Check overlaps between plots</source>
        <translation>Verificar sobreposições entre parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="64"/>
        <source>Plot issues</source>
        <translation>Problemas das parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="69"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="70"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="71"/>
        <source>Plots without error</source>
        <translation>Parcelas sem erro</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="78"/>
        <source>Plot validation</source>
        <translation>Validação de parcelas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="83"/>
        <source>Validating {count} plots…</source>
        <translation>Validando {count} parcelas…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="105"/>
        <source>{plots} plots: {errors} errors, {warnings} warnings; {valid} plots without error.</source>
        <translation>{plots} parcelas: {errors} erros, {warnings} avisos; {valid} parcelas sem erro.</translation>
    </message>
</context>
<context>
    <name>VantageAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="108"/>
        <source>Plots (any vector layer: points or polygons, any CRS)</source>
        <translation>Parcelas (qualquer camada vetorial: pontos ou polígonos, qualquer SRC)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="125"/>
        <source>Guess unset fields from common names (id, plot_id, commodity, harvest_date…)</source>
        <translation>Deduzir os campos não definidos a partir de nomes comuns (id, plot_id, commodity, harvest_date…)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="142"/>
        <source>Field {field} is not in the input layer.</source>
        <translation>O campo {field} não está na camada de entrada.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="184"/>
        <source>Fields: id={plot_id}, name={plot_name}, commodity={commodity}, harvest date={harvest_date}, point area={point_ha}</source>
        <translation>Campos: id={plot_id}, nome={plot_name}, produto={commodity}, data de colheita={harvest_date}, área do ponto={point_ha}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="197"/>
        <source>{count} plots read.</source>
        <translation>{count} parcelas lidas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="199"/>
        <source>{count} plots have a geometry QGIS could not read (reported as errors).</source>
        <translation>{count} parcelas têm uma geometria que o QGIS não conseguiu ler (relatadas como erros).</translation>
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
        <source>The plot&apos;s geometry is empty: draw the plot.</source>
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
        <source>The plot&apos;s geometry type {geometry_type} is not supported; use a point or a polygon.</source>
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
        <source>The geometry says &quot;Polygon&quot; but its coordinates are nested one level deeper, like a MultiPolygon ({parts} polygon(s)); it can be read as a MultiPolygon.</source>
        <translation>A geometria indica &quot;Polygon&quot;, mas suas coordenadas estão aninhadas um nível a mais, como um MultiPolygon ({parts} polígono(s)); ela pode ser lida como um MultiPolygon.</translation>
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
        <source>The point&apos;s area (point_ha) {value!r} is not a number.</source>
        <translation>A área do ponto (point_ha) {value!r} não é um número.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point area not positive</source>
        <translation>Área do ponto não positiva</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point&apos;s area (point_ha) is {value:g} ha; it must be more than 0.</source>
        <translation>A área do ponto (point_ha) é de {value:g} ha; deve ser maior que 0.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point for a large plot</source>
        <translation>Ponto para uma parcela grande</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point stands for {value:g} ha; EUDR allows a point only for a plot under {max} ha: draw this plot as a polygon.</source>
        <translation>O ponto representa {value:g} ha; o EUDR só permite um ponto para uma parcela com menos de {max} ha: desenhe esta parcela como polígono.</translation>
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
        <source>Plots overlap</source>
        <translation>Parcelas sobrepostas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Overlaps plot {other} by {area_ha:.4f} ha{detail}.</source>
        <translation>Sobrepõe-se à parcela {other} em {area_ha:.4f} ha{detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="199"/>
        <source> (it lies entirely inside that plot)</source>
        <translation> (está inteiramente dentro dessa parcela)</translation>
    </message>
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
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="127"/>
        <source> (it has {count})</source>
        <translation> (tem {count})</translation>
    </message>
</context>
</TS>
