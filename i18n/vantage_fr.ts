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
        <location filename="../vantage_plugin/plugin.py" line="227"/>
        <source>Vantage for QGIS</source>
        <translation>Vantage pour QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="113"/>
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
        <location filename="../vantage_plugin/plugin.py" line="97"/>
        <source>&amp;Vantage for QGIS</source>
        <translation>&amp;Vantage pour QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="173"/>
        <source>The Vantage panel could not be opened: {error}</source>
        <translation>Le panneau Vantage n'a pas pu être ouvert : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="25"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="31"/>
        <source>analysed</source>
        <translation>analysée</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="32"/>
        <source>analysed, data missing</source>
        <translation>analysée, données manquantes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="33"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="34"/>
        <source>invalid (not analysed)</source>
        <translation>invalide (non analysée)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="35"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="36"/>
        <source>simulated (dry run)</source>
        <translation>simulée (essai à blanc)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="46"/>
        <source>{plots} plots</source>
        <translation>{plots} parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="69"/>
        <source>Vantage check summary</source>
        <translation>Résumé du contrôle Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="74"/>
        <source>Dry run: these values are simulated placeholders, not real results.</source>
        <translation>Essai à blanc : ces valeurs sont simulées, ce ne sont pas de vrais résultats.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="79"/>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="148"/>
        <source>Plots</source>
        <translation>Parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="84"/>
        <source>By risk level</source>
        <translation>Par niveau de risque</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="90"/>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="93"/>
        <source>Total area: {area} ha. Deforestation after 2020: {deforestation} ha.</source>
        <translation>Surface totale : {area} ha. Déforestation après 2020 : {deforestation} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="103"/>
        <source>Run: {engine}, {status}</source>
        <translation>Exécution : {engine}, {status}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="116"/>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="19"/>
        <source>Spend Vantage tokens?</source>
        <translation>Dépenser des jetons Vantage ?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="26"/>
        <source>This check sends {plots} plots to the Vantage API and costs {cost} tokens.</source>
        <translation>Ce contrôle envoie {plots} parcelles à l'API Vantage et coûte {cost} jetons.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="35"/>
        <source>Your free token balance is unknown.</source>
        <translation>Votre solde de jetons disponibles est inconnu.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="37"/>
        <source>You have {free} free tokens; {left} would be left.</source>
        <translation>Vous avez {free} jetons disponibles ; il en resterait {left}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="45"/>
        <source>You do not have enough free tokens for this job.</source>
        <translation>Vous n'avez pas assez de jetons disponibles pour cette tâche.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="49"/>
        <source>Tokens reserved for plots that fail are returned. A dry run costs nothing.</source>
        <translation>Les jetons réservés pour les parcelles en échec sont rendus. Un essai à blanc ne coûte rien.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="55"/>
        <source>Spend {cost} tokens</source>
        <translation>Dépenser {cost} jetons</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="89"/>
        <source>Wood</source>
        <translation>Bois</translation>
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
        <translation>Huile de palme</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="94"/>
        <source>Cattle (beef)</source>
        <translation>Bovins (bœuf)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="95"/>
        <source>Rubber</source>
        <translation>Caoutchouc</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="106"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="106"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="159"/>
        <source>A vector layer of plots: polygons or points, any CRS</source>
        <translation>Une couche vecteur de parcelles : polygones ou points, tout SCR</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="160"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="161"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="164"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="170"/>
        <source>Plot id</source>
        <translation>Id. de parcelle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="171"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="291"/>
        <source>Commodity</source>
        <translation>Produit de base</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="303"/>
        <source>Harvest date</source>
        <translation>Date de récolte</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="174"/>
        <source>Point area (ha)</source>
        <translation>Surface du point (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="189"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="190"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="191"/>
        <source>API jobs</source>
        <translation>Tâches API</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="202"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="220"/>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="222"/>
        <source>Check every plot against the EUDR and Vantage geometry rules</source>
        <translation>Contrôler chaque parcelle selon les règles de géométrie du RDUE et de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="224"/>
        <source>Fix…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="226"/>
        <source>Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)</source>
        <translation>Appliquer les corrections sûres et écrire les parcelles corrigées dans un nouveau GeoPackage (votre couche n'est pas modifiée)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="658"/>
        <source>Validate the layer to list its problems.</source>
        <translation>Validez la couche pour lister ses problèmes.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Plot</source>
        <translation>Parcelle</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="244"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="275"/>
        <source>Bundled (offline)</source>
        <translation>Intégré (hors ligne)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="36"/>
        <source>Vantage API</source>
        <translation>API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="280"/>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="284"/>
        <source>From the field</source>
        <translation>Depuis le champ</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="290"/>
        <source>Used for plots whose commodity field is empty</source>
        <translation>Utilisé pour les parcelles dont le champ produit de base est vide</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="296"/>
        <source>From the date field</source>
        <translation>Depuis le champ date</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="300"/>
        <source>Used for plots whose harvest date field is empty; the analysis runs up to this date</source>
        <translation>Utilisée pour les parcelles dont le champ date de récolte est vide ; l'analyse va jusqu'à cette date</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="770"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="309"/>
        <source>Save the results as</source>
        <translation>Enregistrer les résultats sous</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="310"/>
        <source>The results are written to this GeoPackage</source>
        <translation>Les résultats sont écrits dans ce GeoPackage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="311"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="322"/>
        <source>Dry run (free)</source>
        <translation>Essai à blanc (gratuit)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="324"/>
        <source>A dry run spends no token and returns simulated values, not real results</source>
        <translation>Un essai à blanc ne dépense aucun jeton et renvoie des valeurs simulées, pas de vrais résultats</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="495"/>
        <source>Log in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="331"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="333"/>
        <source>Ask the Vantage API for your token balance</source>
        <translation>Demander votre solde de jetons à l'API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="344"/>
        <source>Check plots</source>
        <translation>Contrôler les parcelles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="348"/>
        <source>Summary…</source>
        <translation>Résumé…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1028"/>
        <source>Your Vantage API jobs, newest first.</source>
        <translation>Vos tâches de l'API Vantage, les plus récentes d'abord.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="371"/>
        <source>Load jobs</source>
        <translation>Charger les tâches</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="374"/>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="491"/>
        <source>Change login…</source>
        <translation>Changer d'identifiant…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="493"/>
        <source>Token balance not loaded yet.</source>
        <translation>Solde de jetons pas encore chargé.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="496"/>
        <source>Not logged in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="497"/>
        <source>Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check asks before spending tokens.</source>
        <translation>Les parcelles sont envoyées à l'API Vantage d'Open Atlas. Un essai à blanc ne coûte rien ; un vrai contrôle demande confirmation avant de dépenser des jetons.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="504"/>
        <source>Offline, with the data of {path}.</source>
        <translation>Hors ligne, avec les données de {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="506"/>
        <source>Offline, with the default data catalog. Choose your forest and loss data in the Vantage settings.</source>
        <translation>Hors ligne, avec le catalogue de données par défaut. Choisissez vos données de forêt et de perte dans les paramètres de Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="97"/>
        <source>Vantage</source>
        <translation>Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="580"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="594"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="599"/>
        <source>A part of the plugin is missing: {error}</source>
        <translation>Une partie de l'extension est manquante : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="600"/>
        <source>Failed: {error}</source>
        <translation>Échec : {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="616"/>
        <source>Choose a layer of plots first.</source>
        <translation>Choisissez d'abord une couche de parcelles.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="620"/>
        <source>No feature is selected in {layer}.</source>
        <translation>Aucune entité n'est sélectionnée dans {layer}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="631"/>
        <source>The layer has no features.</source>
        <translation>La couche n'a aucune entité.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="648"/>
        <source>Validating {n} plots…</source>
        <translation>Validation de {n} parcelles…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="726"/>
        <source>A safe fix exists: use Fix…</source>
        <translation>Une correction sûre existe : utilisez Corriger…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="693"/>
        <source>No problem found: all {total} plots can be checked.</source>
        <translation>Aucun problème : les {total} parcelles peuvent être contrôlées.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="696"/>
        <source>{errors} errors and {warnings} warnings. {ready} of {total} plots can be checked; {blocked} are blocked by errors.</source>
        <translation>{errors} erreurs et {warnings} avertissements. {ready} parcelles sur {total} peuvent être contrôlées ; {blocked} sont bloquées par des erreurs.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="770"/>
        <source>Save the fixed plots as</source>
        <translation>Enregistrer les parcelles corrigées sous</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="786"/>
        <source>Fixing {n} plots…</source>
        <translation>Correction de {n} parcelles…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="799"/>
        <source>{layer} (fixed)</source>
        <translation>{layer} (corrigée)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="801"/>
        <source>Remaining problems</source>
        <translation>Problèmes restants</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="802"/>
        <source>{n} fixes applied; the fixed plots are in a new layer.</source>
        <translation>{n} corrections appliquées ; les parcelles corrigées sont dans une nouvelle couche.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="823"/>
        <source>Choose where to save the results (a GeoPackage).</source>
        <translation>Choisissez où enregistrer les résultats (un GeoPackage).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="855"/>
        <source>Checking {n} plots…</source>
        <translation>Contrôle de {n} parcelles…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="880"/>
        <source>{layer} — Vantage risk</source>
        <translation>{layer} — risque Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="888"/>
        <source>Check finished: {summary}</source>
        <translation>Contrôle terminé : {summary}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="918"/>
        <source>The output could not be opened: {uri}</source>
        <translation>La sortie n'a pas pu être ouverte : {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="953"/>
        <source>Log in to use the Vantage API.</source>
        <translation>Connectez-vous pour utiliser l'API Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="985"/>
        <source>Loading the token balance…</source>
        <translation>Chargement du solde de jetons…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="986"/>
        <source>Vantage token balance</source>
        <translation>Solde de jetons Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="992"/>
        <source>{free} free tokens</source>
        <translation>{free} jetons disponibles</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="994"/>
        <source>(balance {total}, reserved {reserved})</source>
        <translation>(solde {total}, réservés {reserved})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1004"/>
        <source>Vantage jobs</source>
        <translation>Tâches Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1014"/>
        <source>, {n} tokens</source>
        <translation>, {n} jetons</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1015"/>
        <source>{when}  {name} — {status}, {plots} plots{cost}</source>
        <translation>{when}  {name} — {status}, {plots} parcelles{cost}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1026"/>
        <source>No job yet.</source>
        <translation>Aucune tâche pour l'instant.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="69"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="43"/>
        <source>Login (auth config)</source>
        <translation>Identifiant (config. d'authentification)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="44"/>
        <source>Dry run by default (no token is spent)</source>
        <translation>Essai à blanc par défaut (aucun jeton dépensé)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="49"/>
        <source>Bundled offline engine</source>
        <translation>Moteur intégré hors ligne</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="53"/>
        <source>Data catalog (*.json)</source>
        <translation>Catalogue de données (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="55"/>
        <source>Data catalog</source>
        <translation>Catalogue de données</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="56"/>
        <source>The JSON file naming the forest, loss-year, protected-area and indigenous-land data to use.</source>
        <translation>Le fichier JSON qui désigne les données de forêt, d'année de perte, d'aires protégées et de terres autochtones à utiliser.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="63"/>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="68"/>
        <source>Default output folder</source>
        <translation>Dossier de sortie par défaut</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="112"/>
        <source>Vantage settings</source>
        <translation>Paramètres de Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="52"/>
        <source>Log in to Vantage</source>
        <translation>Connexion à Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="57"/>
        <source>Use the user name and password Open Atlas gave you. They are kept in the QGIS authentication database, never in plain settings.</source>
        <translation>Utilisez le nom d'utilisateur et le mot de passe fournis par Open Atlas. Ils sont conservés dans la base d'authentification de QGIS, jamais dans les paramètres en clair.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="72"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="76"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="88"/>
        <source>Save login</source>
        <translation>Enregistrer l'identifiant</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="103"/>
        <source>The server address must start with https://</source>
        <translation>L'adresse du serveur doit commencer par https://</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="106"/>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d'utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="42"/>
        <source>Install shapely 2.0 or later (python3-shapely or pip install shapely).</source>
        <translation>Installez shapely 2.0 ou plus récent (python3-shapely ou pip install shapely).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="43"/>
        <source>The plugin could not be loaded: {error}.</source>
        <translation>L'extension n'a pas pu être chargée : {error}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="232"/>
        <source>Show warnings</source>
        <translation>Afficher les avertissements</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="705"/>
        <source>Validation finished.</source>
        <translation>Validation terminée.</translation>
    </message>
</context>
</TS>
