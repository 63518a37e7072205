<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>@default</name>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="57"/>
        <source>The Vantage Processing algorithms are not available: {error}</source>
        <translation>Les algorithmes Processing de Vantage ne sont pas disponibles : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="270"/>
        <source>Vantage for QGIS</source>
        <translation>Vantage pour QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="86"/>
        <source>Vantage EUDR check</source>
        <translation>Contrôle RDUE Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="89"/>
        <source>Show or hide the Vantage panel: validate and check plots for the EUDR</source>
        <translation>Afficher ou masquer le panneau Vantage : valider et contrôler les parcelles pour le RDUE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="93"/>
        <source>Vantage settings…</source>
        <translation>Paramètres de Vantage…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="102"/>
        <source>&amp;Vantage for QGIS</source>
        <translation>&amp;Vantage pour QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="191"/>
        <source>The Vantage panel could not be opened: {error}</source>
        <translation>Le panneau Vantage n'a pas pu être ouvert : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="57"/>
        <source>analysed</source>
        <translation>analysée</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="58"/>
        <source>analysed, data missing</source>
        <translation>analysée, données manquantes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="60"/>
        <source>invalid (not analysed)</source>
        <translation>invalide (non analysée)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="62"/>
        <source>simulated (dry run)</source>
        <translation>simulée (essai à blanc)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="36"/>
        <source>{plots} plots</source>
        <translation>{plots} parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="64"/>
        <source>Vantage check summary</source>
        <translation>Résumé du contrôle Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="78"/>
        <source>Dry run: these values are simulated placeholders, not real results.</source>
        <translation>Essai à blanc : ces valeurs sont simulées, ce ne sont pas de vrais résultats.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="343"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="89"/>
        <source>By risk level</source>
        <translation>Par niveau de risque</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="444"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="95"/>
        <source>Total area: {area} ha. Deforestation after 2020: {deforestation} ha.</source>
        <translation>Surface totale : {area} ha. Déforestation après 2020 : {deforestation} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="114"/>
        <source>Run: {engine}, {status}</source>
        <translation>Exécution : {engine}, {status}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="121"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="121"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="130"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="20"/>
        <source>Spend Vantage tokens?</source>
        <translation>Dépenser des jetons Vantage ?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="27"/>
        <source>This check sends {plots} plots to the Vantage API and costs {cost} tokens.</source>
        <translation>Ce contrôle envoie {plots} parcelles à l'API Vantage et coûte {cost} jetons.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="36"/>
        <source>Your free token balance is unknown.</source>
        <translation>Votre solde de jetons disponibles est inconnu.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="38"/>
        <source>You have {free} free tokens; {left} would be left.</source>
        <translation>Vous avez {free} jetons disponibles ; il en resterait {left}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="46"/>
        <source>You do not have enough free tokens for this job.</source>
        <translation>Vous n'avez pas assez de jetons disponibles pour cette tâche.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="50"/>
        <source>Tokens reserved for plots that fail are returned. A dry run costs nothing.</source>
        <translation>Les jetons réservés pour les parcelles en échec sont rendus. Un essai à blanc ne coûte rien.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="56"/>
        <source>Spend {cost} tokens</source>
        <translation>Dépenser {cost} jetons</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="115"/>
        <source>Wood</source>
        <translation>Bois</translation>
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
        <translation>Huile de palme</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="120"/>
        <source>Cattle (beef)</source>
        <translation>Bovins (bœuf)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="121"/>
        <source>Rubber</source>
        <translation>Caoutchouc</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="265"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="265"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="257"/>
        <source>A vector layer of plots: polygons or points, any CRS</source>
        <translation>Une couche vecteur de parcelles : polygones ou points, tout SCR</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="258"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="259"/>
        <source>Selected features only</source>
        <translation>Sélection uniquement</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="262"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="270"/>
        <source>Plot id</source>
        <translation>Id. de parcelle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="271"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="407"/>
        <source>Commodity</source>
        <translation>Produit de base</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="419"/>
        <source>Harvest date</source>
        <translation>Date de récolte</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="274"/>
        <source>Point area (ha)</source>
        <translation>Surface du point (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="294"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="295"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="299"/>
        <source>API jobs</source>
        <translation>Tâches API</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="316"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="334"/>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="336"/>
        <source>Check every plot against the EUDR and Vantage geometry rules</source>
        <translation>Contrôler chaque parcelle selon les règles de géométrie du RDUE et de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="338"/>
        <source>Fix…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="340"/>
        <source>Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)</source>
        <translation>Appliquer les corrections sûres et écrire les parcelles corrigées dans un nouveau GeoPackage (votre couche n'est pas modifiée)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="883"/>
        <source>Validate the layer to list its problems.</source>
        <translation>Validez la couche pour lister ses problèmes.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="359"/>
        <source>Plot</source>
        <translation>Parcelle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="209"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="208"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="208"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="391"/>
        <source>Bundled (offline)</source>
        <translation>Intégré (hors ligne)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="51"/>
        <source>Vantage API</source>
        <translation>API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="301"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="400"/>
        <source>From the field</source>
        <translation>Depuis le champ</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="406"/>
        <source>Used for plots whose commodity field is empty</source>
        <translation>Utilisé pour les parcelles dont le champ produit de base est vide</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="412"/>
        <source>From the date field</source>
        <translation>Depuis le champ date</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="416"/>
        <source>Used for plots whose harvest date field is empty; the analysis runs up to this date</source>
        <translation>Utilisée pour les parcelles dont le champ date de récolte est vide ; l'analyse va jusqu'à cette date</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1005"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="425"/>
        <source>Save the results as</source>
        <translation>Enregistrer les résultats sous</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="426"/>
        <source>The results are written to this GeoPackage</source>
        <translation>Les résultats sont écrits dans ce GeoPackage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="427"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="447"/>
        <source>Dry run (free)</source>
        <translation>Essai à blanc (gratuit)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="449"/>
        <source>A dry run spends no token and returns simulated values, not real results</source>
        <translation>Un essai à blanc ne dépense aucun jeton et renvoie des valeurs simulées, pas de vrais résultats</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="655"/>
        <source>Log in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="471"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="473"/>
        <source>Ask the Vantage API for your token balance</source>
        <translation>Demander votre solde de jetons à l'API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="484"/>
        <source>Check plots</source>
        <translation>Contrôler les parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="489"/>
        <source>Summary…</source>
        <translation>Résumé…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1400"/>
        <source>Your Vantage API jobs, newest first.</source>
        <translation>Vos tâches de l'API Vantage, les plus récentes d'abord.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="515"/>
        <source>Load jobs</source>
        <translation>Charger les tâches</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="518"/>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="651"/>
        <source>Change login…</source>
        <translation>Changer d'identifiant…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="653"/>
        <source>Token balance not loaded yet.</source>
        <translation>Solde de jetons pas encore chargé.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="656"/>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="657"/>
        <source>Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check asks before spending tokens.</source>
        <translation>Les parcelles sont envoyées à l'API Vantage d'Open Atlas. Un essai à blanc ne coûte rien ; un vrai contrôle demande confirmation avant de dépenser des jetons.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="673"/>
        <source>Offline, with the data of {path}.</source>
        <translation>Hors ligne, avec les données de {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="146"/>
        <source>Vantage</source>
        <translation>Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="520"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="814"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="483"/>
        <source>A part of the plugin is missing: {error}</source>
        <translation>Une partie de l'extension est manquante : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="820"/>
        <source>Failed: {error}</source>
        <translation>Échec : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="837"/>
        <source>Choose a layer of plots first.</source>
        <translation>Choisissez d'abord une couche de parcelles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="143"/>
        <source>No feature is selected in {layer}.</source>
        <translation>Aucune entité n'est sélectionnée dans {layer}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="863"/>
        <source>Validating {n} plots…</source>
        <translation>Validation de {n} parcelles…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="48"/>
        <source>A safe fix exists: use Fix…</source>
        <translation>Une correction sûre existe : utilisez Corriger…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="922"/>
        <source>No problem found: all {total} plots can be checked.</source>
        <translation>Aucun problème : les {total} parcelles peuvent être contrôlées.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1005"/>
        <source>Save the fixed plots as</source>
        <translation>Enregistrer les parcelles corrigées sous</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1021"/>
        <source>Fixing {n} plots…</source>
        <translation>Correction de {n} parcelles…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1036"/>
        <source>{layer} (fixed)</source>
        <translation>{layer} (corrigée)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1038"/>
        <source>Remaining problems</source>
        <translation>Problèmes restants</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1039"/>
        <source>{n} fixes applied; the fixed plots are in a new layer.</source>
        <translation>{n} corrections appliquées ; les parcelles corrigées sont dans une nouvelle couche.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1062"/>
        <source>Choose where to save the results (a GeoPackage).</source>
        <translation>Choisissez où enregistrer les résultats (un GeoPackage).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1101"/>
        <source>Checking {n} plots…</source>
        <translation>Contrôle de {n} parcelles…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="137"/>
        <source>Check finished: {summary}</source>
        <translation>Contrôle terminé : {summary}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1288"/>
        <source>The output could not be opened: {uri}</source>
        <translation>La sortie n'a pas pu être ouverte : {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1323"/>
        <source>Log in to use the Vantage API.</source>
        <translation>Connectez-vous pour utiliser l'API Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1357"/>
        <source>Loading the token balance…</source>
        <translation>Chargement du solde de jetons…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1358"/>
        <source>Vantage token balance</source>
        <translation>Solde de jetons Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1364"/>
        <source>{free} free tokens</source>
        <translation>{free} jetons disponibles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1366"/>
        <source>(balance {total}, reserved {reserved})</source>
        <translation>(solde {total}, réservés {reserved})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1376"/>
        <source>Vantage jobs</source>
        <translation>Tâches Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1386"/>
        <source>, {n} tokens</source>
        <translation>, {n} jetons</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1387"/>
        <source>{when}  {name} — {status}, {plots} plots{cost}</source>
        <translation>{when}  {name} — {status}, {plots} parcelles{cost}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1398"/>
        <source>No job yet.</source>
        <translation>Aucune tâche pour l'instant.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="55"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="58"/>
        <source>Login (auth config)</source>
        <translation>Identifiant (config. d'authentification)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="59"/>
        <source>Dry run by default (no token is spent)</source>
        <translation>Essai à blanc par défaut (aucun jeton dépensé)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="72"/>
        <source>Bundled offline engine</source>
        <translation>Moteur intégré hors ligne</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="485"/>
        <source>Data catalog (*.json)</source>
        <translation>Catalogue de données (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="86"/>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="91"/>
        <source>Default output folder</source>
        <translation>Dossier de sortie par défaut</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="161"/>
        <source>Vantage settings</source>
        <translation>Paramètres de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="54"/>
        <source>Log in to Vantage</source>
        <translation>Connexion à Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="59"/>
        <source>Use the user name and password Open Atlas gave you. They are kept in the QGIS authentication database, never in plain settings.</source>
        <translation>Utilisez le nom d'utilisateur et le mot de passe fournis par Open Atlas. Ils sont conservés dans la base d'authentification de QGIS, jamais dans les paramètres en clair.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="74"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="78"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="90"/>
        <source>Save login</source>
        <translation>Enregistrer l'identifiant</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="105"/>
        <source>The server address must start with https://</source>
        <translation>L'adresse du serveur doit commencer par https://</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="108"/>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d'utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="43"/>
        <source>Install shapely 2.0 or later (python3-shapely or pip install shapely).</source>
        <translation>Installez shapely 2.0 ou plus récent (python3-shapely ou pip install shapely).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="44"/>
        <source>The plugin could not be loaded: {error}.</source>
        <translation>L'extension n'a pas pu être chargée : {error}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="347"/>
        <source>Show warnings</source>
        <translation>Afficher les avertissements</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="936"/>
        <source>Validation finished.</source>
        <translation>Validation terminée.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="783"/>
        <source>No job was started and no token was spent.</source>
        <translation>Aucune tâche n'a été lancée et aucun jeton n'a été dépensé.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="135"/>
        <source>{what} is not available in this installation of Vantage for QGIS ({error}).</source>
        <translation>{what} : non disponible dans cette installation de Vantage pour QGIS ({error}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/client.py" line="23"/>
        <source>No Vantage account is set up: log in from the Vantage panel or its settings first.</source>
        <translation>Aucun compte Vantage n'est configuré : connectez-vous d'abord depuis le panneau Vantage ou ses paramètres.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="18"/>
        <source>blocked by validation</source>
        <translation>bloquées par la validation</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="20"/>
        <source>still running at the Vantage API</source>
        <translation>toujours en cours dans l'API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>cancelled</source>
        <translation>analyse annulée</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="22"/>
        <source>analysis failed</source>
        <translation>échec de l'analyse</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="31"/>
        <source>no loss-year data configured</source>
        <translation>aucune donnée d'année de perte configurée</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="34"/>
        <source>only partly covered by the data</source>
        <translation>couvertes seulement en partie par les données</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="33"/>
        <source>outside the data</source>
        <translation>hors de l'emprise des données</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="26"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="167"/>
        <source>no risk level</source>
        <translation>aucun niveau de risque</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="170"/>
        <source>Check finished: no plot was checked.</source>
        <translation>Contrôle terminé : aucune parcelle n'a été contrôlée.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="176"/>
        <source>Check finished, but no plot could be assessed: {why}.</source>
        <translation>Contrôle terminé, mais aucune parcelle n'a pu être évaluée : {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="180"/>
        <source>{n} of {total} plots could not be assessed: {why}.</source>
        <translation>{n} parcelles sur {total} n'ont pas pu être évaluées : {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="184"/>
        <source>{n} plots are only partly covered by the data (their level is a minimum).</source>
        <translation>{n} parcelles ne sont couvertes qu'en partie par les données (leur niveau est un minimum).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="75"/>
        <source>The data the offline engine reads, set once: forest 2020, tree cover loss year, protected areas, indigenous lands and boundaries. Saved as a data catalog (JSON) that a team can share.</source>
        <translation>Les données que lit le moteur hors ligne, à définir une seule fois : forêt 2020, année de perte du couvert arboré, aires protégées, terres autochtones et limites. Enregistrées sous forme de catalogue de données (JSON) qu'une équipe peut partager.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="113"/>
        <source>The data catalog was not saved to {path}: {error}</source>
        <translation>Le catalogue de données n'a pas été enregistré dans {path} : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="435"/>
        <source>Forest 2020</source>
        <translation>Forêt 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="61"/>
        <source>Tree cover loss year</source>
        <translation>Année de perte du couvert arboré</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="439"/>
        <source>Protected areas</source>
        <translation>Aires protégées</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="441"/>
        <source>Indigenous lands</source>
        <translation>Terres autochtones</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="64"/>
        <source>Country / state boundaries</source>
        <translation>Limites des pays / États</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="153"/>
        <source>The JSON file this catalog is saved to. Point several computers to one shared file to use the same data across a team.</source>
        <translation>Le fichier JSON dans lequel ce catalogue est enregistré. Faites pointer plusieurs ordinateurs vers un même fichier partagé pour utiliser les mêmes données dans toute l'équipe.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="157"/>
        <source>Open catalog file…</source>
        <translation>Ouvrir un fichier de catalogue…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="159"/>
        <source>Use an existing catalog file (e.g. one shared by your team)</source>
        <translation>Utiliser un fichier de catalogue existant (par ex. celui partagé par votre équipe)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="160"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="162"/>
        <source>Write this catalog to another file and use that file from now on</source>
        <translation>Écrire ce catalogue dans un autre fichier et utiliser désormais ce fichier</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="171"/>
        <source>Catalog file</source>
        <translation>Fichier du catalogue</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="174"/>
        <source>Tree cover percent (Hansen treecover2000) or a 0/1 forest mask (JRC GFC2020): a file, a folder of tiles, a VRT or a URL (type it)</source>
        <translation>Pourcentage de couvert arboré (Hansen treecover2000) ou masque de forêt 0/1 (JRC GFC2020) : un fichier, un dossier de tuiles, un VRT ou une URL (à saisir)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="185"/>
        <source>A pixel is forest when its value ≥ this</source>
        <translation>Un pixel est classé forêt si sa valeur ≥ ce seuil</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="189"/>
        <source>A pixel is forest when its value ≥ this: 1 for a JRC mask, 10–30 for Hansen tree cover.</source>
        <translation>Un pixel est classé forêt si sa valeur ≥ ce seuil : 1 pour un masque JRC, 10–30 pour le couvert arboré Hansen.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="194"/>
        <source>Forest threshold</source>
        <translation>Seuil de forêt</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="195"/>
        <source>Forest source is the JRC GFC2020 mask</source>
        <translation>La source de forêt est le masque JRC GFC2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="198"/>
        <source>Also recognised by a file name containing GFC2020 or JRC; the threshold is then 1</source>
        <translation>Également reconnu à un nom de fichier contenant GFC2020 ou JRC ; le seuil est alors 1</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="203"/>
        <source>Hansen lossyear (0 = no loss, n = loss in 2000 + n): a file, a folder of tiles, a VRT or a URL</source>
        <translation>Hansen lossyear (0 = aucune perte, n = perte en 2000 + n) : un fichier, un dossier de tuiles, un VRT ou une URL</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="224"/>
        <source>Check data</source>
        <translation>Contrôler les données</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="226"/>
        <source>Open every file of the catalog and report what cannot be read</source>
        <translation>Ouvrir chaque fichier du catalogue et signaler ce qui ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="250"/>
        <source>Rasters (*.tif *.tiff *.vrt *.img *.jp2);;All files (*)</source>
        <translation>Rasters (*.tif *.tiff *.vrt *.img *.jp2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="279"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="257"/>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="258"/>
        <source>Choose a folder of tiles</source>
        <translation>Choisir un dossier de tuiles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="267"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;All files (*)</source>
        <translation>Données vecteur (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="270"/>
        <source>A vector file (any OGR format), a /vsizip/ path or a URL</source>
        <translation>Un fichier vecteur (tout format OGR), un chemin /vsizip/ ou une URL</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="273"/>
        <source>default: QGIS's world_map.gpkg</source>
        <translation>par défaut : world_map.gpkg de QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="274"/>
        <source>Empty: {path} (Natural Earth countries and states)</source>
        <translation>Vide : {path} (pays et États de Natural Earth)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="277"/>
        <source>QGIS's world_map.gpkg was not found: choose a file</source>
        <translation>Le fichier world_map.gpkg de QGIS est introuvable : choisissez un fichier</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="288"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="289"/>
        <source>The layer to read; empty: the world_map countries and states layers, else the first polygon layer</source>
        <translation>La couche à lire ; vide : les couches pays et États de world_map, sinon la première couche de polygones</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="289"/>
        <source>The layer to read; empty: the only layer, else the first polygon layer</source>
        <translation>La couche à lire ; vide : la couche unique, sinon la première couche de polygones</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="299"/>
        <source>e.g. {example}</source>
        <translation>ex. : {example}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="300"/>
        <source>Optional field mapping: role=field pairs, comma separated; empty: detected from the layer.</source>
        <translation>Correspondance des champs facultative : paires role=field séparées par des virgules ; vide : détectée à partir de la couche.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="302"/>
        <source>Roles: {roles}</source>
        <translation>Rôles : {roles}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="396"/>
        <source>{role}: the field mapping '{text}' is not role=field pairs</source>
        <translation>{role} : la correspondance des champs '{text}' n'est pas composée de paires role=field</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="419"/>
        <source>The data catalog could not be read: {error}</source>
        <translation>Le catalogue de données n'a pas pu être lu : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="467"/>
        <source>Open a data catalog</source>
        <translation>Ouvrir un catalogue de données</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="480"/>
        <source>Catalog read from {path}. Save the settings to use it.</source>
        <translation>Catalogue lu depuis {path}. Enregistrez les paramètres pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="485"/>
        <source>Save the data catalog as</source>
        <translation>Enregistrer le catalogue de données sous</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="495"/>
        <source>The data catalog could not be saved: {error}</source>
        <translation>Le catalogue de données n'a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="499"/>
        <source>Catalog saved to {path}. Save the settings to use it.</source>
        <translation>Catalogue enregistré dans {path}. Enregistrez les paramètres pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="524"/>
        <source>{role}: '{key}' is not a field mapping role (roles: {roles})</source>
        <translation>{role} : '{key}' n'est pas un rôle de correspondance des champs (rôles : {roles})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="530"/>
        <source>No tree cover loss year data: every plot will be Unknown.</source>
        <translation>Aucune donnée d'année de perte du couvert arboré : toutes les parcelles seront au niveau Inconnu.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="532"/>
        <source>No forest 2020 data: all loss after 2020 counts as deforestation (an upper bound).</source>
        <translation>Aucune donnée de forêt 2020 : toute perte après 2020 compte comme déforestation (une borne supérieure).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="536"/>
        <source>No country / state boundaries: QGIS's world_map.gpkg was not found.</source>
        <translation>Aucune limite de pays / États : le fichier world_map.gpkg de QGIS est introuvable.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="543"/>
        <source>The data cannot be used as it is:</source>
        <translation>Les données ne peuvent pas être utilisées en l'état :</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="550"/>
        <source>All data sources can be read.</source>
        <translation>Toutes les sources de données sont lisibles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="564"/>
        <source>{role}: a folder of tiles</source>
        <translation>{role} : un dossier de tuiles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="261"/>
        <source>Vantage for QGIS cannot check plots yet</source>
        <translation>Vantage pour QGIS ne peut pas encore contrôler les parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="211"/>
        <source>From the file name or the data</source>
        <translation>D'après le nom du fichier ou les données</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="213"/>
        <source>The last year the loss data cover (a Hansen file name such as GFC-2023-v1.11 says it: 2023). Plots harvested after it are never rated Low.</source>
        <translation>La dernière année couverte par les données de perte (un nom de fichier Hansen comme GFC-2023-v1.11 l'indique : 2023). Les parcelles récoltées après elle ne sont jamais classées Faible.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="217"/>
        <source>Last year of the loss data</source>
        <translation>Dernière année des données de perte</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="324"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="304"/>
        <source>Open the Vantage user guide</source>
        <translation>Ouvrir le guide d'utilisation de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="435"/>
        <source>Use the demo data</source>
        <translation>Utiliser la démo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="437"/>
        <source>Check with the small demo data that ships with the plugin and open the demo plots</source>
        <translation>Contrôler avec les petites données de démo fournies avec l'extension et ouvrir les parcelles de démo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="456"/>
        <source>Check types of the job: eudr always runs; Vantage runs only eudr for now</source>
        <translation>Types de contrôle de la tâche : eudr est toujours exécuté ; Vantage n'exécute qu'eudr pour l'instant</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="666"/>
        <source>Offline, but no forest or loss data is chosen yet: every plot would be Unknown. Choose your data in the Vantage settings, or try the plugin with the demo data.</source>
        <translation>Hors ligne, mais aucune donnée de forêt ni de perte n'est encore choisie : chaque parcelle serait Inconnue. Choisissez vos données dans les paramètres de Vantage, ou essayez l'extension avec les données de démo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="191"/>
        <source>Offline; looking at the data catalog…</source>
        <translation>Hors ligne ; lecture du catalogue de données…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="191"/>
        <source>Vantage data catalog</source>
        <translation>Catalogue de données Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="671"/>
        <source>Offline, with the demo data (a small area of the Dominican Republic).</source>
        <translation>Hors ligne, avec les données de démo (une petite zone de la République dominicaine).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="219"/>
        <source>Data files chosen earlier were moved or deleted ({files}). Choose them again in the Vantage settings, or use the demo data.</source>
        <translation>Des fichiers de données choisis auparavant ont été déplacés ou supprimés ({files}). Choisissez-les à nouveau dans les paramètres de Vantage, ou utilisez les données de démo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="511"/>
        <source>{role}: file not found: {path} (moved or deleted since it was chosen). Choose the file again, or clear the field.</source>
        <translation>{role} : fichier introuvable : {path} (déplacé ou supprimé depuis qu'il a été choisi). Choisissez à nouveau le fichier, ou videz le champ.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="720"/>
        <source>Demo data ready: press Check plots.</source>
        <translation>Données de démo prêtes : cliquez sur Contrôler les parcelles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="310"/>
        <source>Preparing the demo data…</source>
        <translation>Préparation des données de démo…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="62"/>
        <source>Vantage demo data</source>
        <translation>Données de démo Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="900"/>
        <source>Listing the problems…</source>
        <translation>Liste des problèmes en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>{ready} of {total} plots can be checked.</source>
        <translation>{ready} parcelles sur {total} peuvent être contrôlées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n plot(s) blocked by errors.</source>
        <translation>
            <numerusform>%n parcelle bloquée par des erreurs.</numerusform>
            <numerusform>%n parcelles bloquées par des erreurs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="177"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1213"/>
        <source>Render one evidence map (PNG) per plot beside the results</source>
        <translation>Produire une carte de preuve (PNG) par parcelle à côté des résultats</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1215"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1217"/>
        <source>Write the run report (PDF)</source>
        <translation>Écrire le rapport d’exécution (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="38"/>
        <source>{count} evidence maps written to {folder}</source>
        <translation>{count} cartes de preuve écrites dans {folder}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="35"/>
        <source>Rendering the evidence maps…</source>
        <translation>Rendu des cartes de preuve…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1257"/>
        <source>Save the run report as</source>
        <translation>Enregistrer le rapport d’exécution sous</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1257"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1270"/>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} pages, {flagged} parcelles à examiner : {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo plots: polygons (made up)</source>
        <translation>Parcelles de démo : polygones (fictives)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo plots: points (made up)</source>
        <translation>Parcelles de démo : points (fictives)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo protected areas (made up)</source>
        <translation>Aires protégées de démo (fictives)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo indigenous land (made up)</source>
        <translation>Terre autochtone de démo (fictive)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="99"/>
        <source>Vantage demo</source>
        <translation>Démo Vantage</translation>
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
            <numerusform>%n parcelle</numerusform>
            <numerusform>%n parcelles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="23"/>
        <source>bundled</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="29"/>
        <source>Vantage results</source>
        <translation>Résultats Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="47"/>
        <source>{layer} — risk, {engine} {time}</source>
        <translation>{layer} — risque, {engine} {time}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="50"/>
        <source>{layer} — DRY RUN (simulated), {time}</source>
        <translation>{layer} — ESSAI À BLANC (simulé), {time}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="91"/>
        <source>In a protected area</source>
        <translation>Dans une aire protégée</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="91"/>
        <source>On indigenous land</source>
        <translation>Sur une terre autochtone</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="92"/>
        <source>Failed or invalid</source>
        <translation>En échec ou invalide</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="269"/>
        <source>Check plots to see the results here.</source>
        <translation>Contrôlez des parcelles pour voir les résultats ici.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="230"/>
        <source>Show only these plots</source>
        <translation>N'afficher que ces parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="232"/>
        <source>Filter the result layer to the chosen entry</source>
        <translation>Filtrer la couche de résultats sur l'entrée choisie</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="234"/>
        <source>Label plots by id</source>
        <translation>Étiqueter par id</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="239"/>
        <source>Attribute table</source>
        <translation>Table attributaire</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="241"/>
        <source>Open the attribute table of the chosen plots</source>
        <translation>Ouvrir la table attributaire des parcelles choisies</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="279"/>
        <source>Dry run: the values are simulated, not results. {layer}</source>
        <translation>Essai à blanc : les valeurs sont simulées, ce ne sont pas des résultats. {layer}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="281"/>
        <source>Counting the results of {layer}…</source>
        <translation>Décompte des résultats de {layer}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="296"/>
        <source>Click an entry to select its plots and zoom to them.</source>
        <translation>Cliquez sur une entrée pour sélectionner ses parcelles et zoomer dessus.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="161"/>
        <source>{what}: {plots}</source>
        <translation>{what} : {plots}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="309"/>
        <source>{what}: {plots} ({ha} ha)</source>
        <translation>{what} : {plots} ({ha} ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="65"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="67"/>
        <source>After this, the check stops waiting; the job keeps running on Vantage and checking again into the same output picks up its results.</source>
        <translation>Passé ce délai, le contrôle cesse d'attendre ; la tâche continue sur Vantage et un nouveau contrôle vers la même sortie récupère ses résultats.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="69"/>
        <source>Wait for a job at most</source>
        <translation>Attendre une tâche au plus</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="87"/>
        <source>Hectares</source>
        <translation>Hectares</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="103"/>
        <source>Run details</source>
        <translation>Détails de l'exécution</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="150"/>
        <source>Plots that need a look</source>
        <translation>Parcelles à examiner</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="154"/>
        <source>Open the Results tab to list them.</source>
        <translation>Ouvrez l'onglet Résultats pour les lister.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="169"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="170"/>
        <source>Select these plots in the result layer and zoom to them</source>
        <translation>Sélectionner ces parcelles dans la couche de résultats et zoomer dessus</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="178"/>
        <source>Open the analysis images of these plots (at most {n})</source>
        <translation>Ouvrir les images d'analyse de ces parcelles ({n} au plus)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="184"/>
        <source>Nothing stands out: no High or Unknown plot, no overlap.</source>
        <translation>Rien à signaler : aucune parcelle à risque élevé ou inconnu, aucun chevauchement.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>success</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>partly done</source>
        <translation>en partie fait</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="227"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="227"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="97"/>
        <source>Vantage for QGIS user guide</source>
        <translation>Guide d'utilisation de Vantage pour QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="485"/>
        <source>the row could not be made</source>
        <translation>la ligne n'a pas pu être construite</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="494"/>
        <source>the format refused the row</source>
        <translation>le format a refusé la ligne</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="439"/>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="23"/>
        <source>Evidence maps (one PNG per plot, beside the results)</source>
        <translation>Cartes de preuve (un PNG par parcelle, à côté des résultats)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="515"/>
        <source>EUDR evidence · Vantage for QGIS</source>
        <translation>Preuve RDUE · Vantage pour QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="542"/>
        <source>Risk: {level}</source>
        <translation>Risque : {level}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="434"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="436"/>
        <source>Loss after 2020</source>
        <translation>Perte après 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="437"/>
        <source>Loss by year (ha)</source>
        <translation>Perte par année (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="443"/>
        <source>Location</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="445"/>
        <source>Analysis end</source>
        <translation>Fin de l’analyse</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="587"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="592"/>
        <source>Not forest in 2020</source>
        <translation>Non forestier en 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="593"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="612"/>
        <source>Tree-cover loss by year</source>
        <translation>Perte de couvert arboré par année</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="628"/>
        <source>Data sources:</source>
        <translation>Sources de données :</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="634"/>
        <source>Engine {engine} {version}, {date}</source>
        <translation>Moteur {engine} {version}, {date}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="726"/>
        <source>Open evidence map</source>
        <translation>Ouvrir la carte de preuve</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="214"/>
        <source>{layer} has no features: there is no plot to work on.</source>
        <translation>{layer} n'a aucune entité : il n'y a aucune parcelle à traiter.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="214"/>
        <source>Looking for duplicate ids and overlaps across the whole layer…</source>
        <translation>Recherche des identifiants en double et des chevauchements dans toute la couche…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="235"/>
        <source>The output {path} is the file that holds the input plots: writing there could destroy them. Choose another file.</source>
        <translation>La sortie {path} est le fichier qui contient les parcelles d'entrée : y écrire pourrait les détruire. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="253"/>
        <source>The data catalog {path} cannot be read: {error}. Fix it in the Vantage settings.</source>
        <translation>Le catalogue de données {path} est illisible : {error}. Corrigez-le dans les paramètres de Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="256"/>
        <source>Data files named in the Vantage data catalog were moved or deleted since they were chosen. Choose them again in the Vantage settings (or give them as this run's data), or use the demo data.</source>
        <translation>Des fichiers de données cités dans le catalogue de données de Vantage ont été déplacés ou supprimés depuis leur choix. Choisissez-les à nouveau dans les paramètres de Vantage (ou donnez-les comme données de cette exécution), ou utilisez les données de démonstration.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="465"/>
        <source>{n} plots could not be written to {path} ({plots}). The others were written: correct these plots' values in your layer, or write to a GeoPackage (.gpkg).</source>
        <translation>{n} parcelles n'ont pas pu être écrites dans {path} ({plots}). Les autres ont été écrites : corrigez les valeurs de ces parcelles dans votre couche, ou écrivez dans un GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="469"/>
        <source>And {n} more.</source>
        <translation>Et {n} de plus.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Loss &gt; 2020</source>
        <translation>Perte &gt; 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Protected</source>
        <translation>Protégé</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Indigenous</source>
        <translation>Autochtone</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="211"/>
        <source>Vantage run report</source>
        <translation>Rapport d’exécution Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="238"/>
        <source>Vantage for QGIS · EUDR plot check report · page {page} of {pages}</source>
        <translation>Vantage pour QGIS · rapport de contrôle des parcelles RDUE · page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="294"/>
        <source>EUDR plot check report</source>
        <translation>Rapport de contrôle des parcelles RDUE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="296"/>
        <source>{input} · results {results} · report made {now}</source>
        <translation>{input} · résultats {results} · rapport établi le {now}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="299"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="302"/>
        <source>Run date</source>
        <translation>Date d’exécution</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="303"/>
        <source>Run status</source>
        <translation>État de l’exécution</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="304"/>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="305"/>
        <source>Plot id field</source>
        <translation>Champ identifiant de parcelle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="448"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="448"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="313"/>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="321"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="332"/>
        <source>no level</source>
        <translation>sans niveau</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="335"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Area (ha)</source>
        <translation>Surface (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Loss &gt; 2020 (ha)</source>
        <translation>Perte &gt; 2020 (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="349"/>
        <source>Forest in 2020: {forest} ha. Overlap with protected areas: {protected} ha; with indigenous lands: {indigenous} ha.
{flagged} plots need a look (High, Medium, Unknown, invalid or failed): each has a page after the table of all plots.</source>
        <translation>Forêt en 2020 : {forest} ha. Chevauchement avec des aires protégées : {protected} ha ; avec des terres autochtones : {indigenous} ha.
{flagged} parcelles sont à examiner (Élevé, Moyen, Inconnu, invalides ou en échec) : chacune a une page après le tableau de toutes les parcelles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="364"/>
        <source>All plots ({count})</source>
        <translation>Toutes les parcelles ({count})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="368"/>
        <source>Areas in hectares; loss: tree-cover loss after 31 December 2020.</source>
        <translation>Surfaces en hectares ; perte : perte de couvert arboré après le 31 décembre 2020.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="402"/>
        <source>Plot {label}</source>
        <translation>Parcelle {label}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="426"/>
        <source>Evidence image: {url}</source>
        <translation>Image de preuve : {url}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="428"/>
        <source>Why this plot needs a look</source>
        <translation>Pourquoi examiner cette parcelle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="432"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="446"/>
        <source>Analysis version</source>
        <translation>Version de l’analyse</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="376"/>
        <source>{file} is a file, not a folder: choose another place for {path}.</source>
        <translation>{file} est un fichier, pas un dossier : choisissez un autre emplacement pour {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="378"/>
        <source>The folder {folder} cannot be written (permission denied): choose another place for {path}.</source>
        <translation>Impossible d'écrire dans le dossier {folder} (permission refusée) : choisissez un autre emplacement pour {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="381"/>
        <source>{path} is a folder: give a file name ending in .gpkg.</source>
        <translation>{path} est un dossier : donnez un nom de fichier se terminant par .gpkg.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="384"/>
        <source>{path} is read-only: choose another file.</source>
        <translation>{path} est en lecture seule : choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="389"/>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} est illisible : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="391"/>
        <source>{path} exists and is not a GeoPackage: choose another file.</source>
        <translation>{path} existe et n'est pas un GeoPackage : choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="480"/>
        <source>Cannot create the layer {layer}: {error}</source>
        <translation>Impossible de créer la couche {layer} : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="506"/>
        <source>Cannot reopen {path}</source>
        <translation>Impossible de rouvrir {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="571"/>
        <source>the written layer could not be read back</source>
        <translation>la couche écrite n'a pas pu être relue</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="586"/>
        <source>{error}: another program (QGIS, a database browser…) has the file open</source>
        <translation>{error} : un autre programme (QGIS, un navigateur de base de données…) a le fichier ouvert</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="605"/>
        <source>{found} of {expected} rows are in the file after writing</source>
        <translation>{found} lignes sur {expected} sont dans le fichier après l'écriture</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="620"/>
        <source>{path} cannot be opened after writing</source>
        <translation>{path} ne peut pas être ouvert après l'écriture</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="626"/>
        <source>the layer {layer} is missing after writing</source>
        <translation>la couche {layer} est absente après l'écriture</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="690"/>
        <source>it is not a GeoPackage that can be written</source>
        <translation>ce n'est pas un GeoPackage accessible en écriture</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot copy the layer</source>
        <translation>impossible de copier la couche</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot add the column {name}</source>
        <translation>impossible d'ajouter la colonne {name}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot put the columns in order</source>
        <translation>impossible de remettre les colonnes dans l'ordre</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="696"/>
        <source>cannot start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="701"/>
        <source>cannot replace the old layer</source>
        <translation>impossible de remplacer l'ancienne couche</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="708"/>
        <source>the file is locked by another program</source>
        <translation>le fichier est verrouillé par un autre programme</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="777"/>
        <source>the rows written could not be read back</source>
        <translation>les lignes écrites n'ont pas pu être relues</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="812"/>
        <source>Could not write {layer} to {path}: {reason}.</source>
        <translation>Impossible d'écrire {layer} dans {path} : {reason}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="815"/>
        <source>The finished results are kept in {recovery}: open it in QGIS, or close the program using {path} (or choose another file) and run again.</source>
        <translation>Les résultats terminés sont conservés dans {recovery} : ouvrez-le dans QGIS, ou fermez le programme qui utilise {path} (ou choisissez un autre fichier) et relancez.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="818"/>
        <source>Close the program using {path} or choose another file, then run again.</source>
        <translation>Fermez le programme qui utilise {path} ou choisissez un autre fichier, puis relancez.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="127"/>
        <source>Overlaps a protected area</source>
        <translation>Chevauche une aire protégée</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="128"/>
        <source>Overlaps indigenous land</source>
        <translation>Chevauche une terre autochtone</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="257"/>
        <source>Invalid (not checked)</source>
        <translation>Invalide (non contrôlée)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="234"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="255"/>
        <source>Dry run: simulated, not a result</source>
        <translation>Essai à blanc : simulé, pas un résultat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1219"/>
        <source>EU file…</source>
        <translation>Fichier UE…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1221"/>
        <source>Export the plots as the geolocation file the EU Information System accepts</source>
        <translation>Exporter les parcelles dans le fichier de géolocalisation accepté par le Système d’information de l’UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="461"/>
        <source>Run again (a new paid job)</source>
        <translation>Relancer (une nouvelle tâche payante)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="463"/>
        <source>Unticked, checking again into the same output resumes its job and never pays twice. Ticked, a new job with the same settings is started, after you confirm its cost.</source>
        <translation>Décoché, contrôler à nouveau dans la même sortie reprend sa tâche et ne paie jamais deux fois. Coché, une nouvelle tâche avec les mêmes réglages est lancée, après confirmation de son coût.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="607"/>
        <source>Guessed from their names: {fields}. Check them before you run.</source>
        <translation>Devinés d’après leur nom : {fields}. Vérifiez-les avant de lancer.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="797"/>
        <source>A job Vantage had already accepted keeps its reserved tokens and goes on: check again into the same output to pick up its results without paying again.</source>
        <translation>Une tâche déjà acceptée par Vantage garde ses jetons réservés et continue : contrôlez à nouveau dans la même sortie pour récupérer ses résultats sans payer de nouveau.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="32"/>
        <source>data unreadable</source>
        <translation>données illisibles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="35"/>
        <source>the loss data end before the harvest date</source>
        <translation>les données de perte s'arrêtent avant la date de récolte</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="36"/>
        <source>harvested before 2021</source>
        <translation>récoltées avant 2021</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="120"/>
        <source>Write the results to a GeoPackage file (.gpkg).</source>
        <translation>Écrivez les résultats dans un fichier GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="308"/>
        <source>Fields guessed from their names</source>
        <translation>Champs devinés d’après leur nom</translation>
    </message>
    <message>
        <source>Dry run (Vantage API)</source>
        <translation>Essai à blanc (API Vantage)</translation>
    </message>
    <message>
        <source>Forest threshold asked</source>
        <translation>Seuil de forêt demandé</translation>
    </message>
    <message>
        <source>Forest threshold used</source>
        <translation>Seuil de forêt appliqué</translation>
    </message>
    <message>
        <source>Forest map is a forest/non-forest mask</source>
        <translation>La carte forestière est un masque forêt/non-forêt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>CheckPlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="79"/>
        <source>Check plots (EUDR)</source>
        <translation>Contrôler les parcelles (RDUE)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="82"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="88"/>
        <source>Validates the plots, then assesses each valid plot for the EUDR: forest cover in 2020, tree-cover loss after 31 December 2020 (total and per year), overlaps with protected areas and indigenous lands, country, geodesic area and the Vantage risk level (High when deforestation &gt; 15 % of the plot or &gt; 1 ha; Medium &gt; 10 % or &gt; 0.5 ha; otherwise Low; Unknown without loss data).

ENGINE bundled runs offline on the data given here; data left empty comes from the data catalog configured in the plugin settings. ENGINE api sends the plots to the Vantage API of Open Atlas with the account set in the plugin settings: DRY_RUN (the default) spends no token and returns simulated values; a real run spends tokens only when CONFIRM_SPEND is set (qgis_process cannot ask).

DEFAULT_COMMODITY and DEFAULT_HARVEST_DATE (yyyy-MM-dd) apply to plots whose own fields are empty.

The output is a GeoPackage layer with every source attribute, the flat results (risk_level, area_ha, deforestation_ha, per-year loss, overlaps, status, error, analysis_json…) and the plot geometry in WGS84, styled by risk level. Plots blocked by validation are kept with status 'invalid' and the reason in 'error'.</source>
        <translation>Valide les parcelles, puis évalue chaque parcelle valide au regard du RDUE : couvert forestier en 2020, perte de couvert arboré après le 31 décembre 2020 (totale et par année), chevauchements avec les aires protégées et les terres autochtones, pays, surface géodésique et niveau de risque Vantage (High si la déforestation &gt; 15 % de la parcelle ou &gt; 1 ha ; Medium si &gt; 10 % ou &gt; 0,5 ha ; sinon Low ; Unknown sans données de perte).

ENGINE bundled s'exécute hors ligne sur les données fournies ici ; les données laissées vides proviennent du catalogue de données défini dans les paramètres de l'extension. ENGINE api envoie les parcelles à l'API Vantage d'Open Atlas avec le compte défini dans les paramètres de l'extension : DRY_RUN (par défaut) ne dépense aucun jeton et renvoie des valeurs simulées ; une exécution réelle ne dépense des jetons que si CONFIRM_SPEND est activé (qgis_process ne peut pas demander de confirmation).

DEFAULT_COMMODITY et DEFAULT_HARVEST_DATE (yyyy-MM-dd) s'appliquent aux parcelles dont les champs correspondants sont vides.

La sortie est une couche GeoPackage avec tous les attributs source, les résultats à plat (risk_level, area_ha, deforestation_ha, perte par année, chevauchements, status, error, analysis_json…) et la géométrie de la parcelle en WGS84, symbolisée par niveau de risque. Les parcelles bloquées par la validation sont conservées avec le statut 'invalid' et la raison dans 'error'.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="109"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="112"/>
        <source>Commodity (for plots without one)</source>
        <translation>Produit de base (pour les parcelles qui n'en ont pas)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="120"/>
        <source>Harvest date, yyyy-MM-dd (for plots without one)</source>
        <translation>Date de récolte, yyyy-MM-dd (pour les parcelles qui n'en ont pas)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="126"/>
        <source>Empty: the data catalog of the plugin settings.</source>
        <translation>Vide : le catalogue de données des paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="127"/>
        <source>Forest cover 2020 raster (default: data catalog)</source>
        <translation>Raster du couvert forestier 2020 (par défaut : catalogue de données)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="127"/>
        <source>Tree cover in 2020 (percent, e.g. Hansen treecover2000) or a forest mask (JRC GFC2020) for the bundled engine.</source>
        <translation>Couvert arboré en 2020 (pourcentage, p. ex. Hansen treecover2000) ou masque forestier (JRC GFC2020) pour le moteur intégré.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="134"/>
        <source>Forest when the forest raster value is at least (default: by the raster's kind)</source>
        <translation>Forêt si la valeur du raster de forêt est d'au moins (par défaut : selon le type de raster)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="134"/>
        <source>The smallest forest raster value counted as forest. Empty: the default for the raster's kind (tree cover in percent, a mask or a fraction).</source>
        <translation>La plus petite valeur du raster forestier comptée comme forêt. Vide : la valeur par défaut du type de raster (couvert arboré en pourcentage, masque ou fraction).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="145"/>
        <source>The forest raster is the JRC GFC2020 mask</source>
        <translation>Le raster de forêt est le masque JRC GFC2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="145"/>
        <source>Read the forest raster as the JRC GFC2020 forest mask (1 = forest) rather than tree cover.</source>
        <translation>Lire le raster forestier comme le masque forestier JRC GFC2020 (1 = forêt) plutôt que comme un couvert arboré.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="151"/>
        <source>Tree cover loss year raster (Hansen lossyear)</source>
        <translation>Raster de l'année de perte du couvert arboré (Hansen lossyear)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="151"/>
        <source>The year of tree-cover loss per pixel (Hansen lossyear: 21 = 2021).</source>
        <translation>L'année de perte du couvert arboré par pixel (Hansen lossyear : 21 = 2021).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="157"/>
        <source>Protected areas</source>
        <translation>Aires protégées</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="157"/>
        <source>Polygons of protected areas (e.g. WDPA) the plots are overlaid with.</source>
        <translation>Polygones des aires protégées (p. ex. WDPA) superposés aux parcelles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="166"/>
        <source>Indigenous lands</source>
        <translation>Terres autochtones</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="166"/>
        <source>Polygons of indigenous lands the plots are overlaid with.</source>
        <translation>Polygones des terres autochtones superposés aux parcelles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="175"/>
        <source>API: dry run (no token spent)</source>
        <translation>API : essai à blanc (aucun jeton dépensé)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="178"/>
        <source>API: I agree to spend tokens (needed for a real run)</source>
        <translation>API : j'accepte de dépenser des jetons (nécessaire pour une exécution réelle)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="185"/>
        <source>API: check types (eudr always runs; Vantage runs only eudr for now)</source>
        <translation>API : types de contrôle (eudr est toujours exécuté ; Vantage n'exécute qu'eudr pour l'instant)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="192"/>
        <source>API: run again (a new job, paid again) instead of reusing finished results in this output</source>
        <translation>API : relancer (une nouvelle tâche, payée à nouveau) au lieu de réutiliser les résultats terminés de cette sortie</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="198"/>
        <source>API: wait for the job at most (minutes; default: the plugin setting)</source>
        <translation>API : attendre la tâche au plus (minutes ; par défaut : le réglage de l'extension)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="204"/>
        <source>Results (GeoPackage)</source>
        <translation>Résultats (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="214"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="215"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="227"/>
        <source>DEFAULT_HARVEST_DATE must be a date written yyyy-MM-dd, not {value}.</source>
        <translation>DEFAULT_HARVEST_DATE doit être une date au format yyyy-MM-dd, et non {value}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="236"/>
        <source>Data catalog: {path}{missing}</source>
        <translation>Catalogue de données : {path}{missing}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="236"/>
        <source> (not found: only the data given here)</source>
        <translation> (introuvable : seules les données fournies ici sont utilisées)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="262"/>
        <source>The Vantage API engine</source>
        <translation>Le moteur de l'API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="268"/>
        <source>API state (registered plots, job ids): {path}</source>
        <translation>État de l'API (parcelles enregistrées, identifiants des tâches) : {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="284"/>
        <source>Spending {cost} tokens for {count} plots ({free} available).</source>
        <translation>Dépense de {cost} jetons pour {count} parcelles ({free} disponibles).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="289"/>
        <source>This check would spend {cost} tokens for {count} plots and the account has {free} free tokens. Nothing was spent: set CONFIRM_SPEND to agree, or run with DRY_RUN.</source>
        <translation>Ce contrôle dépenserait {cost} jetons pour {count} parcelles et le compte dispose de {free} jetons disponibles. Rien n'a été dépensé : activez CONFIRM_SPEND pour donner votre accord, ou lancez avec DRY_RUN.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="296"/>
        <source>Dry run: no token is spent, the results are simulated.</source>
        <translation>Essai à blanc : aucun jeton n'est dépensé, les résultats sont simulés.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="322"/>
        <source>Checking {count} plots with the {engine} engine…</source>
        <translation>Contrôle de {count} parcelles avec le moteur {engine}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="329"/>
        <source>The {engine} engine</source>
        <translation>Le moteur {engine}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="339"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="341"/>
        <source>Writing {path}…</source>
        <translation>Écriture de {path}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="349"/>
        <source>The run record could not be stored: {error}</source>
        <translation>L’enregistrement de l’exécution n’a pas pu être stocké : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="387"/>
        <source>{plots} plots checked with the {engine} engine (run {status}).</source>
        <translation>{plots} parcelles contrôlées avec le moteur {engine} (exécution {status}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="390"/>
        <source>Risk: High {HIGH}, Medium {MEDIUM}, Low {LOW}, Unknown {UNKNOWN}; invalid {INVALID}, failed {FAILED}.</source>
        <translation>Risque : Élevé {HIGH}, Moyen {MEDIUM}, Faible {LOW}, Inconnu {UNKNOWN} ; invalides {INVALID}, en échec {FAILED}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="392"/>
        <source>Area {area} ha, deforestation after 2020 {loss} ha.</source>
        <translation>Surface {area} ha, déforestation après 2020 {loss} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="398"/>
        <source>{count} results are simulated (dry run): not real results.</source>
        <translation>{count} résultats sont simulés (essai à blanc) : ce ne sont pas de vrais résultats.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="404"/>
        <source>Output: {uri}</source>
        <translation>Sortie : {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>Validation: {errors}, {warnings}.</source>
        <translation>Validation : {errors}, {warnings}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportEudrAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="91"/>
        <source>Export for the EU Information System</source>
        <translation>Exporter pour le système d'information de l'UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="94"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="100"/>
        <source>Writes the geolocation GeoJSON of a due diligence statement for the EU Information System (EUDR / TRACES), from any plot or result layer.

Each feature has exactly the properties ProducerName, ProducerCountry (ISO 3166-1 alpha-2; from the country field, or looked up at the plot), ProductionPlace and, for points, Area in hectares (0.0001 to 4 ha; cattle may exceed 4 ha). Coordinates are truncated to 6 decimals as the Information System does, and validity is checked on what is written: a polygon that becomes invalid is snapped to the grid (a recorded change) or left out. A polygon with holes is written as hole-free polygons covering the same area. Plots with validation errors are left out.

When one file would exceed 25 MB or 1,000 producers, several files are written, one per statement, named _statement-1-of-N, _statement-2-of-N… The optional PRODUCERS file holds the same data as the DDS producers list (country, name and base64 GeoJSON per producer). The TABLE output lists every plot: written, changed or left out, and why.</source>
        <translation>Écrit le GeoJSON de géolocalisation d'une déclaration de diligence raisonnée pour le système d'information de l'UE (RDUE / TRACES), à partir de toute couche de parcelles ou de résultats.

Chaque entité a exactement les propriétés ProducerName, ProducerCountry (ISO 3166-1 alpha-2 ; tiré du champ pays, ou recherché à l'emplacement de la parcelle), ProductionPlace et, pour les points, Area en hectares (de 0,0001 à 4 ha ; les bovins peuvent dépasser 4 ha). Les coordonnées sont tronquées à 6 décimales comme le fait le système d'information, et la validité est vérifiée sur ce qui est écrit : un polygone qui devient invalide est aligné sur la grille (une modification enregistrée) ou écarté. Un polygone à trous est écrit comme des polygones sans trou couvrant la même surface. Les parcelles avec des erreurs de validation sont écartées.

Quand un fichier dépasserait 25 Mo ou 1 000 producteurs, plusieurs fichiers sont écrits, un par déclaration, nommés _statement-1-of-N, _statement-2-of-N… Le fichier facultatif PRODUCERS contient les mêmes données que la liste producers de la DDS (pays, nom et GeoJSON en base64 par producteur). La sortie TABLE liste chaque parcelle : écrite, modifiée ou écartée, et pourquoi.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="119"/>
        <source>Plots or results (points or polygons, any CRS)</source>
        <translation>Parcelles ou résultats (points ou polygones, tout SCR)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Plot id field</source>
        <translation>Champ identifiant de la parcelle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Producer name field</source>
        <translation>Champ nom du producteur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Production place field</source>
        <translation>Champ lieu de production</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Producer country field (ISO code or name; empty: looked up at the plot)</source>
        <translation>Champ pays du producteur (code ISO ou nom ; vide : recherché à l'emplacement de la parcelle)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Point area field (hectares, for point plots)</source>
        <translation>Champ surface du point (hectares, pour les parcelles ponctuelles)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="138"/>
        <source>Commodity</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="141"/>
        <source>EU Information System GeoJSON</source>
        <translation>GeoJSON pour le système d'information de l'UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="141"/>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="145"/>
        <source>DDS producers (JSON)</source>
        <translation>Producteurs de la DDS (JSON)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="145"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="150"/>
        <source>Export table</source>
        <translation>Table d'export</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="154"/>
        <source>Files written</source>
        <translation>Fichiers écrits</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="155"/>
        <source>Plots written unchanged</source>
        <translation>Parcelles écrites sans modification</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="156"/>
        <source>Plots written with changes</source>
        <translation>Parcelles écrites avec modifications</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="157"/>
        <source>Plots left out</source>
        <translation>Parcelles écartées</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="175"/>
        <source>The EU export</source>
        <translation>L'export pour l'UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="186"/>
        <source>Field {field} is not in the input layer.</source>
        <translation>Le champ {field} n'est pas dans la couche en entrée.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="192"/>
        <source>Producer country from the field {field}.</source>
        <translation>Pays du producteur tiré du champ {field}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="193"/>
        <source>Validating {count} plots…</source>
        <translation>Validation de {count} parcelles…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="201"/>
        <source>Writing the EU Information System file…</source>
        <translation>Écriture du fichier pour le système d'information de l'UE…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="220"/>
        <source>Could not write {path}: {error}</source>
        <translation>Impossible d’écrire {path} : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="235"/>
        <source>{written} plots written, {changed} written with changes, {left} left out; {files} file(s): {paths}</source>
        <translation>{written} parcelles écrites, {changed} écrites avec modifications, {left} écartées ; {files} fichier(s) : {paths}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="248"/>
        <source>No country lookup ({error}): only ISO codes given in a field are used.</source>
        <translation>Pas de recherche de pays ({error}) : seuls les codes ISO donnés dans un champ sont utilisés.</translation>
    </message>
</context>
<context>
    <name>FixPlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="40"/>
        <source>Fix plots (safe fixes)</source>
        <translation>Corriger les parcelles (corrections sûres)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="43"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="50"/>
        <source>Writes a fixed copy of the plots (WGS84) with every source attribute kept and a 'vantage_fixes' field saying what was changed. Only safe fixes are applied, and only the ones chosen:
{fixes}

The optional CHANGES table lists each change (and each fix that could not be applied safely). Run 'Validate plots' on the result to see what is left.</source>
        <translation>Écrit une copie corrigée des parcelles (WGS84) qui conserve tous les attributs source, avec un champ 'vantage_fixes' indiquant ce qui a été modifié. Seules les corrections sûres sont appliquées, et uniquement celles choisies :
{fixes}

La table facultative CHANGES liste chaque modification (et chaque correction qui n'a pas pu être appliquée sans risque). Lancez 'Valider les parcelles' sur le résultat pour voir ce qui reste.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="60"/>
        <source>Fixes to apply</source>
        <translation>Corrections à appliquer</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="70"/>
        <source>Fixed plots</source>
        <translation>Parcelles corrigées</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="77"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="82"/>
        <source>Changes made</source>
        <translation>Modifications effectuées</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="83"/>
        <source>Plots changed</source>
        <translation>Parcelles modifiées</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="84"/>
        <source>Fixes not applied (unsafe)</source>
        <translation>Corrections non appliquées (non sûres)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="96"/>
        <source>Applying {fixes}…</source>
        <translation>Application de {fixes}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="96"/>
        <source>no fix</source>
        <translation>aucune correction</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="127"/>
        <source>{changes} changes to {plots} plots; {skipped} fixes not applied.</source>
        <translation>{changes} modifications sur {plots} parcelles ; {skipped} corrections non appliquées.</translation>
    </message>
</context>
<context>
    <name>ImportJobAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="66"/>
        <source>Import a Vantage job</source>
        <translation>Importer une tâche Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="69"/>
        <source>Vantage API</source>
        <translation>API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="75"/>
        <source>Fetches the results of an existing job of your Vantage account (see 'List Vantage jobs') and writes them with the plots' geometries to a GeoPackage styled by risk level. Nothing is spent. Uses the account set in the plugin settings.</source>
        <translation>Récupère les résultats d'une tâche existante de votre compte Vantage (voir 'Lister les tâches Vantage') et les écrit, avec les géométries des parcelles, dans un GeoPackage symbolisé par niveau de risque. Rien n'est dépensé. Utilise le compte défini dans les paramètres de l'extension.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="82"/>
        <source>Job id</source>
        <translation>Id. de tâche</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="83"/>
        <source>The job was a dry run (simulated results)</source>
        <translation>La tâche était un essai à blanc (résultats simulés)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="88"/>
        <source>Job results (GeoPackage)</source>
        <translation>Résultats de la tâche (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="93"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="94"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="108"/>
        <source>Give the id of the job to import.</source>
        <translation>Indiquez l'identifiant de la tâche à importer.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="123"/>
        <source>The job cost no token: its results are marked simulated (dry run).</source>
        <translation>La tâche n'a coûté aucun jeton : ses résultats sont marqués comme simulés (essai à blanc).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="143"/>
        <source>Job {job}: {plots} plots; risk {risk}; status {status}. Output: {uri}</source>
        <translation>Tâche {job} : {plots} parcelles ; risque {risk} ; statut {status}. Sortie : {uri}</translation>
    </message>
</context>
<context>
    <name>ListJobsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="45"/>
        <source>List Vantage jobs</source>
        <translation>Lister les tâches Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="48"/>
        <source>Vantage API</source>
        <translation>API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="54"/>
        <source>Lists the jobs of your Vantage account, newest first (id, name, status, dates, token cost, number of plots), as a table. Import one with 'Import a Vantage job'.</source>
        <translation>Liste les tâches de votre compte Vantage, les plus récentes d'abord (id, nom, statut, dates, coût en jetons, nombre de parcelles), sous forme de table. Importez-en une avec 'Importer une tâche Vantage'.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="60"/>
        <source>At most this many jobs</source>
        <translation>Nombre maximal de tâches</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="66"/>
        <source>Created from (yyyy-MM-dd)</source>
        <translation>Créées à partir du (yyyy-MM-dd)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="70"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="105"/>
        <source>{count} jobs.</source>
        <translation>{count} tâches.</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="55"/>
        <source>Run report (PDF)</source>
        <translation>Rapport d’exécution (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="58"/>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="68"/>
        <source>Writes the PDF report of a result layer made by 'Check plots (EUDR)': the run (input, engine, date, data sources with their versions and years, parameters), the counts by risk level and status with their hectares, a table of every plot (on as many pages as needed), then one page per plot that needs a look (High, Medium, Unknown, invalid or failed) with its evidence map and reasons.

Evidence maps missing for those plots are rendered first (into &lt;results&gt;_evidence beside the GeoPackage, their paths stored in analysis_image) unless RENDER_MISSING is off.</source>
        <translation>Écrit le rapport PDF d’une couche de résultats produite par « Contrôler les parcelles (RDUE) » : l’exécution (entrée, moteur, date, sources de données avec leurs versions et années, paramètres), les effectifs par niveau de risque et par état avec leurs hectares, un tableau de toutes les parcelles (sur autant de pages que nécessaire), puis une page par parcelle à examiner (Élevé, Moyen, Inconnu, invalide ou en échec) avec sa carte de preuve et ses raisons.

Les cartes de preuve manquantes de ces parcelles sont d’abord rendues (dans &lt;results&gt;_evidence à côté du GeoPackage, leurs chemins stockés dans analysis_image), sauf si RENDER_MISSING est désactivé.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="79"/>
        <source>Result layer (GeoPackage written by Check plots)</source>
        <translation>Couche de résultats (GeoPackage écrit par Contrôler les parcelles)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="82"/>
        <source>Render missing evidence maps</source>
        <translation>Rendre les cartes de preuve manquantes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="84"/>
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="86"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="87"/>
        <source>Plots that need a look</source>
        <translation>Parcelles à examiner</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="97"/>
        <source>The report is made from a result GeoPackage written by Check plots.</source>
        <translation>Le rapport se fait à partir d’un GeoPackage de résultats écrit par Contrôler les parcelles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="109"/>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} pages, {flagged} parcelles à examiner : {path}</translation>
    </message>
</context>
<context>
    <name>ValidatePlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="27"/>
        <source>Validate plots</source>
        <translation>Valider les parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="61"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="36"/>
        <source>Checks every plot against the EUDR and Vantage geometry rules before anything is analysed or sent: missing or unreadable geometries, open or mis-nested rings, self-intersections, spikes, too few decimals, duplicates and overlaps, points above 4 ha, commodity and harvest date values.

The output has one row per problem, with the plot's id, the rule code, its severity (an error blocks the plot, a warning does not), a message, the safe fix that removes it (see 'Fix plots') and the plot's geometry in WGS84.

Outputs ERRORS, WARNINGS and VALID_PLOTS (plots without any error) are numbers usable in models.</source>
        <translation>Contrôle chaque parcelle selon les règles de géométrie du RDUE et de Vantage avant toute analyse ou tout envoi : géométries manquantes ou illisibles, anneaux ouverts ou mal imbriqués, auto-intersections, pointes, trop peu de décimales, doublons et chevauchements, points de plus de 4 ha, valeurs de produit de base et de date de récolte.

La sortie contient une ligne par problème, avec l'id de la parcelle, le code de la règle, sa gravité (une erreur bloque la parcelle, un avertissement non), un message, la correction sûre qui le supprime (voir 'Corriger les parcelles') et la géométrie de la parcelle en WGS84.

Les sorties ERRORS, WARNINGS et VALID_PLOTS (parcelles sans aucune erreur) sont des nombres utilisables dans les modèles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="48"/>
        <source>Check overlaps between plots</source>
        <translation>Contrôler les chevauchements entre parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="53"/>
        <source>Plot issues</source>
        <translation>Problèmes des parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="58"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="59"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="60"/>
        <source>Plots without error</source>
        <translation>Parcelles sans erreur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="69"/>
        <source>Validating {count} plots…</source>
        <translation>Validation de {count} parcelles…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>{plots}: {errors}, {warnings}; {valid} without error.</source>
        <translation>{plots} : {errors}, {warnings} ; {valid} sans erreur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>%n plot(s)</source>
        <translation>
            <numerusform>%n parcelle</numerusform>
            <numerusform>%n parcelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VantageAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="214"/>
        <source>{parameter} must be one of {names} (or its number).</source>
        <translation>{parameter} doit être l'un de {names} (ou son numéro).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="244"/>
        <source>Plots (any vector layer: points or polygons, any CRS)</source>
        <translation>Parcelles (toute couche vecteur : points ou polygones, tout SCR)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="261"/>
        <source>Guess unset fields from common names (id, plot_id, commodity, harvest_date…)</source>
        <translation>Deviner les champs non définis d'après les noms courants (id, plot_id, commodity, harvest_date…)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="278"/>
        <source>Field {field} is not in the input layer.</source>
        <translation>Le champ {field} n'existe pas dans la couche en entrée.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="326"/>
        <source>Fields: id={plot_id}, name={plot_name}, commodity={commodity}, harvest date={harvest_date}, point area={point_ha}</source>
        <translation>Champs : id={plot_id}, nom={plot_name}, produit de base={commodity}, date de récolte={harvest_date}, surface du point={point_ha}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="331"/>
        <source>Guessed from its name: {entry} = {field} (set the field parameter to choose another, or turn guessing off)</source>
        <translation>Deviné d’après son nom : {entry} = {field} (renseignez le paramètre de champ pour en choisir un autre, ou désactivez la détection)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="338"/>
        <source>{count} plots read.</source>
        <translation>{count} parcelles lues.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="340"/>
        <source>{count} plots have a geometry QGIS could not read (reported as errors).</source>
        <translation>{count} parcelles ont une géométrie que QGIS n'a pas pu lire (signalées comme erreurs).</translation>
    </message>
</context>
<context>
    <name>VantageProcessing</name>
    <message>
        <location filename="../vantage_plugin/processing/provider.py" line="66"/>
        <source>Vantage (EUDR)</source>
        <translation>Vantage (RDUE)</translation>
    </message>
</context>
<context>
    <name>VantageRules</name>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="90"/>
        <source>it is not a JSON object</source>
        <translation>ce n'est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="95"/>
        <source>unknown geometry type {kind!r}</source>
        <translation>type de géométrie inconnu {kind!r}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="98"/>
        <source>{kind} has no coordinates array</source>
        <translation>{kind} n'a pas de tableau coordinates</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="104"/>
        <source>{kind} coordinates are not arrays of numbers</source>
        <translation>les coordonnées de {kind} ne sont pas des tableaux de nombres</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="109"/>
        <source>{kind} coordinates must nest {expected} deep, found {depth}</source>
        <translation>les coordonnées de {kind} doivent être imbriquées sur {expected} niveaux, et non {depth}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="128"/>
        <source> (it has {count})</source>
        <translation> (il en a {count})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No geometry</source>
        <translation>Aucune géométrie</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no geometry{detail}.</source>
        <translation>La parcelle n'a pas de géométrie{detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Empty geometry</source>
        <translation>Géométrie vide</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot's geometry is empty: draw the plot.</source>
        <translation>La géométrie de la parcelle est vide : dessinez la parcelle.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Line geometry</source>
        <translation>Géométrie linéaire</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot is a line ({geometry_type}); a plot must be a point or a polygon.</source>
        <translation>La parcelle est une ligne ({geometry_type}) ; une parcelle doit être un point ou un polygone.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Unsupported geometry type</source>
        <translation>Type de géométrie non pris en charge</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot's geometry type {geometry_type} is not supported; use a point or a polygon.</source>
        <translation>Le type de géométrie {geometry_type} de la parcelle n'est pas pris en charge ; utilisez un point ou un polygone.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Several parts</source>
        <translation>Plusieurs parties</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has {parts} parts; the Vantage API takes only single points and polygons, so they will be sent as {parts} features of the same plot.</source>
        <translation>La parcelle a {parts} parties ; l'API Vantage n'accepte que des points et des polygones simples, elles seront donc envoyées comme {parts} entités de la même parcelle.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Malformed GeoJSON geometry</source>
        <translation>Géométrie GeoJSON mal formée</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The geometry as written is malformed: {detail}.</source>
        <translation>La géométrie telle qu'elle est écrite est mal formée : {detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Polygon nested like a MultiPolygon</source>
        <translation>Polygon imbriqué comme un MultiPolygon</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The geometry says "Polygon" but its coordinates are nested one level deeper, like a MultiPolygon ({parts} polygon(s)); it can be read as a MultiPolygon.</source>
        <translation>La géométrie indique « Polygon » mais ses coordonnées sont imbriquées d'un niveau de plus, comme un MultiPolygon ({parts} polygone(s)) ; elle peut être lue comme un MultiPolygon.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Ring not closed</source>
        <translation>Anneau non fermé</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} ring(s) do not end where they start (first and last positions differ).</source>
        <translation>{count} anneau(x) ne se termine(nt) pas là où il(s) commence(nt) (la première et la dernière position diffèrent).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Ring with too few positions</source>
        <translation>Anneau avec trop peu de positions</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A ring has fewer than 4 positions (at least 3 distinct corners, then the first again){detail}.</source>
        <translation>Un anneau a moins de 4 positions (il faut au moins 3 sommets distincts, puis de nouveau le premier){detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Self-intersection</source>
        <translation>Auto-intersection</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The outline crosses or touches itself (for example a bow-tie) at {lon:.6f}, {lat:.6f}.</source>
        <translation>Le contour se croise ou se touche lui-même (par exemple en nœud papillon) en {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Spike</source>
        <translation>Pointe</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} spike(s): the outline goes out and comes back along the same line, first at {lon:.6f}, {lat:.6f}.</source>
        <translation>{count} pointe(s) : le contour part puis revient sur la même ligne ; la première en {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Sharp spike</source>
        <translation>Pointe aiguë</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} sharp spike(s): two edges meet at {angle:.2f}° at {lon:.6f}, {lat:.6f}, adding a long thin sliver; check that vertex.</source>
        <translation>{count} pointe(s) aiguë(s) : deux côtés se rejoignent à {angle:.2f}° en {lon:.6f}, {lat:.6f}, ajoutant une longue bande étroite ; vérifiez ce sommet.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Crosses the 180° meridian</source>
        <translation>Traverse le méridien 180°</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>An edge jumps from longitude {west:.6f} to {east:.6f} across the 180° meridian: read as drawn, the plot goes the long way round the world. Split it at 180° into one part on each side.</source>
        <translation>Un côté saute de la longitude {west:.6f} à {east:.6f} à travers le méridien 180° : lue telle quelle, la parcelle fait le tour du monde dans l'autre sens. Coupez-la à 180° en une partie de chaque côté.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Zero-area ring</source>
        <translation>Anneau de surface nulle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A ring encloses no area (its corners lie on one line or on top of each other).</source>
        <translation>Un anneau n'entoure aucune surface (ses sommets sont alignés ou superposés).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Invalid polygon</source>
        <translation>Polygone invalide</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The polygon is invalid: {reason}.</source>
        <translation>Le polygone est invalide : {reason}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Hole</source>
        <translation>Trou</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has {count} hole(s); the EU Information System ignores holes, so the whole outline counts.</source>
        <translation>La parcelle a {count} trou(s) ; le système d'information de l'UE ignore les trous, c'est donc tout le contour qui compte.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Repeated vertex</source>
        <translation>Sommet répété</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} vertex/vertices repeat the previous one, first at {lon:.6f}, {lat:.6f}.</source>
        <translation>{count} sommet(s) répète(nt) le précédent ; le premier en {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate not a number</source>
        <translation>Coordonnée non numérique</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A coordinate is not a finite number (NaN or infinite).</source>
        <translation>Une coordonnée n'est pas un nombre fini (NaN ou infini).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinates look like metres</source>
        <translation>Coordonnées qui ressemblent à des mètres</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinates such as {x:.1f}, {y:.1f} are far outside ±180/±90: they look like projected metres: is the layer CRS right?</source>
        <translation>Des coordonnées comme {x:.1f}, {y:.1f} sont très en dehors de ±180/±90 : elles ressemblent à des mètres projetés. Le SCR de la couche est-il le bon ?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate out of range</source>
        <translation>Coordonnée hors limites</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate {x:.6f}, {y:.6f} is outside longitude ±180 / latitude ±90.</source>
        <translation>La coordonnée {x:.6f}, {y:.6f} est en dehors de longitude ±180 / latitude ±90.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Fewer than 6 decimals</source>
        <translation>Moins de 6 décimales</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>All coordinates have at most 5 decimals; EUDR asks for 6 (about 0.1 m).</source>
        <translation>Toutes les coordonnées ont au plus 5 décimales ; le RDUE en demande 6 (environ 10 cm).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Invalid after rounding</source>
        <translation>Invalide après arrondi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Rounded to 6 decimals for sending, the polygon becomes invalid ({reason}).</source>
        <translation>Une fois arrondi à 6 décimales pour l'envoi, le polygone devient invalide ({reason}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point without area</source>
        <translation>Point sans surface</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot is a point but has no area (point_ha); EUDR allows a point only for a plot under {max} ha.</source>
        <translation>La parcelle est un point mais n'a pas de surface (point_ha) ; le RDUE n'autorise un point que pour une parcelle de moins de {max} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point area not a number</source>
        <translation>Surface du point non numérique</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point's area (point_ha) {value!r} is not a number.</source>
        <translation>La surface du point (point_ha) {value!r} n'est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point area not positive</source>
        <translation>Surface du point non positive</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point's area (point_ha) is {value:g} ha; it must be more than 0.</source>
        <translation>La surface du point (point_ha) est de {value:g} ha ; elle doit être supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point for a large plot</source>
        <translation>Point pour une grande parcelle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point stands for {value:g} ha; Vantage takes a point only for a plot under {max} ha (the EU Information System accepts points up to {max} ha): draw this plot as a polygon.</source>
        <translation>Le point représente {value:g} ha ; Vantage n'accepte un point que pour une parcelle de moins de {max} ha (le système d'information de l'UE accepte les points jusqu'à {max} ha) : dessinez cette parcelle en polygone.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No commodity</source>
        <translation>Aucun produit de base</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no commodity; one must then be given for the whole job.</source>
        <translation>La parcelle n'a pas de produit de base ; il faut alors en indiquer un pour toute la tâche.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Unknown commodity</source>
        <translation>Produit de base inconnu</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Commodity {value!r} is not one of {commodities}.</source>
        <translation>Le produit de base {value!r} ne fait pas partie de : {commodities}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No harvest date</source>
        <translation>Aucune date de récolte</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no harvest date; one must then be given for the whole job (it ends the analysis window).</source>
        <translation>La parcelle n'a pas de date de récolte ; il faut alors en indiquer une pour toute la tâche (elle clôt la période d'analyse).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date not yyyy-MM-dd</source>
        <translation>Date de récolte pas au format yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value!r} is not a date written yyyy-MM-dd.</source>
        <translation>La date de récolte {value!r} n'est pas une date écrite yyyy-MM-dd.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date before 2021</source>
        <translation>Date de récolte avant 2021</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value} is before 1 January 2021: the EUDR cut-off is 31 December 2020, so there is no period after it to assess.</source>
        <translation>La date de récolte {value} est antérieure au 1er janvier 2021 : la date limite du RDUE est le 31 décembre 2020, il n'y a donc aucune période après elle à évaluer.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date in the future</source>
        <translation>Date de récolte dans le futur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value} is after today ({today}).</source>
        <translation>La date de récolte {value} est postérieure à aujourd'hui ({today}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Duplicate geometry</source>
        <translation>Géométrie en double</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Same geometry as plot {other}.</source>
        <translation>Même géométrie que la parcelle {other}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Duplicate plot id</source>
        <translation>Identifiant de parcelle en double</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Plot id {value!r} of {feature} is also the id of {other_feature}.</source>
        <translation>L'identifiant de parcelle {value!r} de {feature} est aussi celui de {other_feature}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Plots overlap</source>
        <translation>Parcelles qui se chevauchent</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Overlaps plot {other} by {area_ha:.4f} ha{detail}.</source>
        <translation>Chevauche la parcelle {other} sur {area_ha:.4f} ha{detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="216"/>
        <source> (it lies entirely inside that plot)</source>
        <translation> (elle se trouve entièrement dans cette parcelle)</translation>
    </message>
</context>
<context>
    <name>VantageRisk</name>
    <message>
        <source>High: Deforestation &gt; 15% or &gt; 1 ha</source>
        <translation>Élevé : déforestation &gt; 15 % ou &gt; 1 ha</translation>
    </message>
    <message>
        <source>Medium: Deforestation &gt; 10% or &gt; 0.5 ha</source>
        <translation>Moyen : déforestation &gt; 10 % ou &gt; 0,5 ha</translation>
    </message>
    <message>
        <source>Low: Low deforestation detection</source>
        <translation>Faible : peu de déforestation détectée</translation>
    </message>
    <message>
        <source>Unknown: no deforestation data covers the plot</source>
        <translation>Inconnu : aucune donnée de déforestation ne couvre la parcelle</translation>
    </message>
    <message>
        <source>Unknown: the data do not cover the whole plot and analysis window</source>
        <translation>Inconnu : les données ne couvrent pas toute la parcelle et toute la période d'analyse</translation>
    </message>
</context>
</TS>
