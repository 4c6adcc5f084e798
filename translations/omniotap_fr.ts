<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../app/ui/aboutbox.cpp" line="+7"/>
        <source>About OmnioTap</source>
        <translation>À propos d&apos;OmnioTap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;OmnioTap %1&lt;/h3&gt;&lt;p&gt;A CRM for sales teams: contacts, customers, leads, an opportunity pipeline and support tickets. It works on a copy of your records on this computer, offline too, and syncs them with your team&apos;s server.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OmnioTap %1&lt;/h3&gt;&lt;p&gt;Un CRM pour les équipes commerciales : contacts, clients, prospects, un pipeline d&apos;opportunités et des tickets de support. Il travaille sur une copie de vos fiches sur cet ordinateur, même hors ligne, et les synchronise avec le serveur de votre équipe.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2. Distribué sous licence MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ApiKeyPrompt</name>
    <message>
        <location filename="../app/ui/apikeyprompt.cpp" line="+18"/>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Enter the API key for %2. It is used until OmnioTap closes and not saved.</source>
        <translation>%1

Saisissez la clé API pour %2. Elle sert jusqu&apos;à la fermeture d&apos;OmnioTap et n&apos;est pas enregistrée.</translation>
    </message>
</context>
<context>
    <name>ApiKeysTab</name>
    <message>
        <location filename="../app/ui/settings/apikeystab.cpp" line="+26"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scopes</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create key…</source>
        <translation>Créer une clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not load the API keys.
%1</source>
        <translation>Impossible de charger les clés API.
%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key this app is using</source>
        <translation>La clé utilisée par cette application</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The key was not created.
%1</source>
        <translation>La clé n&apos;a pas été créée.
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created the key &quot;%1&quot;.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a été créée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key &quot;%1&quot; was not revoked.
%2</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;a pas été révoquée.
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoked the key &quot;%1&quot;: it no longer opens the API.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a été révoquée&#xa0;: elle ne donne plus accès à l&apos;API.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Revoke the key &quot;%1&quot;? Programs using it lose access at once. This cannot be undone.</source>
        <translation>Révoquer la clé «&#xa0;%1&#xa0;»&#xa0;? Les programmes qui l&apos;utilisent perdent immédiatement l&apos;accès. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the key this app is using: after revoking it, the app can no longer reach the server.</source>
        <translation>Cette application utilise cette clé&#xa0;: une fois révoquée, l&apos;application ne pourra plus joindre le serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke API key</source>
        <translation>Révoquer la clé API</translation>
    </message>
</context>
<context>
    <name>BundledServerStarter</name>
    <message>
        <location filename="../app/ui/bundledserverstarter.cpp" line="+21"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>OmnioTap</source>
        <translation>OmnioTap</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The workspace server could not start, so OmnioTap works offline until it can:
%1</source>
        <translation>Le serveur de l&apos;espace de travail n&apos;a pas pu démarrer ; OmnioTap travaille hors ligne en attendant :
%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The workspace server could not start:
%1

Another program may be using port %2. Choose another port, or work offline on this computer&apos;s copy until the next start.</source>
        <translation>Le serveur de l&apos;espace de travail n&apos;a pas pu démarrer :
%1

Un autre programme utilise peut-être le port %2. Choisissez un autre port, ou travaillez hors ligne sur la copie de cet ordinateur jusqu&apos;au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose Another Port…</source>
        <translation>Choisir un autre port…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work Offline</source>
        <translation>Travailler hors ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace server port</source>
        <translation>Port du serveur de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port for the workspace server (colleagues then connect to the new address):</source>
        <translation>Port du serveur de l&apos;espace de travail (vos collègues se connectent alors à la nouvelle adresse) :</translation>
    </message>
</context>
<context>
    <name>ChangePusher</name>
    <message>
        <location filename="../app/sync/changepusher.cpp" line="+78"/>
        <source>record %1 kept changing on the server while it was being merged; run sync again</source>
        <translation>l&apos;enregistrement %1 n&apos;a cessé de changer sur le serveur pendant la fusion&#xa0;; relancez la synchronisation</translation>
    </message>
</context>
<context>
    <name>CollectionColumns</name>
    <message>
        <location filename="../app/ui/collectioncolumns.cpp" line="+36"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contacts</source>
        <comment>in a sentence</comment>
        <translation>contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customers</source>
        <comment>in a sentence</comment>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leads</source>
        <comment>in a sentence</comment>
        <translation>prospects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunities</source>
        <comment>in a sentence</comment>
        <translation>opportunités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tickets</source>
        <comment>in a sentence</comment>
        <translation>tickets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead</source>
        <translation>prospect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunity</source>
        <translation>opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Secteur d&apos;activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability (%)</source>
        <translation>Probabilité (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>Clôture prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+20"/>
        <source>Usage: omniotap COMMAND [options]   (omniotap COMMAND --help for its options)

Commands:
  connect --profile DIR --server URL        check an API key (from OMNIOTAP_API_KEY,
                                            else stdin) and store it in the keychain
  sync --profile DIR [--json]               pull the server&apos;s changes, push the local ones
  import --profile DIR --collection C FILE.csv
  export --profile DIR --collection C [--format csv|json] [-o FILE]
  delete --profile DIR --collection C ID
  conflicts --profile DIR [--json]
  conflicts resolve --profile DIR ID --keep local|server

Options:
  -h, --help      show this help
  -v, --version   show the version

Without a command, omniotap opens its window on the profile given with
--profile DIR (default: the platform&apos;s app data folder).
</source>
        <translation>Utilisation&#xa0;: omniotap COMMANDE [options]   (omniotap COMMANDE --help pour ses options)

Commandes&#xa0;:
  connect --profile DIR --server URL        vérifier une clé API (depuis OMNIOTAP_API_KEY,
                                            sinon stdin) et l&apos;enregistrer dans le trousseau
  sync --profile DIR [--json]               récupérer les modifications du serveur, envoyer les locales
  import --profile DIR --collection C FILE.csv
  export --profile DIR --collection C [--format csv|json] [-o FILE]
  delete --profile DIR --collection C ID
  conflicts --profile DIR [--json]
  conflicts resolve --profile DIR ID --keep local|server

Options&#xa0;:
  -h, --help      afficher cette aide
  -v, --version   afficher la version

Sans commande, omniotap ouvre sa fenêtre sur le profil indiqué par
--profile DIR (par défaut&#xa0;: le dossier de données d&apos;application de la plateforme).
</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local cache failed: %1</source>
        <translation>Erreur du cache local&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="+12"/>
        <source>The profile folder (default: %1).</source>
        <translation>Le dossier du profil (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The collection: %1.</source>
        <translation>La collection&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: omniotap %1
%2
</source>
        <translation>Utilisation&#xa0;: omniotap %1
%2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong number of arguments. Usage: omniotap %1 (see --help)</source>
        <translation>Nombre d&apos;arguments incorrect. Utilisation&#xa0;: omniotap %1 (voir --help)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--profile needs a folder.</source>
        <translation>--profile attend un dossier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--collection is required (one of: contacts, customers, leads, opportunities, tickets).</source>
        <translation>--collection est obligatoire (l&apos;une de&#xa0;: contacts, customers, leads, opportunities, tickets).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown collection &quot;%1&quot; (one of: contacts, customers, leads, opportunities, tickets).</source>
        <translation>Collection inconnue «&#xa0;%1&#xa0;» (l&apos;une de&#xa0;: contacts, customers, leads, opportunities, tickets).</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../app/sync/conflictresolver.cpp" line="+30"/>
        <source>No conflict for a record with id %1.</source>
        <translation>Aucun conflit pour un enregistrement d&apos;id %1.</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <location filename="../app/cli/conflictscommand.cpp" line="+41"/>
        <source>Settles the conflict of the record ID: keep the local version (your edits win where both sides changed a field; the server&apos;s other changes are kept) or the server&apos;s (your changes of the record are dropped). The next sync sends the result.</source>
        <translation>Résout le conflit de l&apos;enregistrement ID&#xa0;: conserver la version locale (vos modifications l&apos;emportent là où les deux côtés ont modifié un champ&#xa0;; les autres modifications du serveur sont conservées) ou celle du serveur (vos modifications de l&apos;enregistrement sont abandonnées). La prochaine synchronisation envoie le résultat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record&apos;s id, as omniotap conflicts shows.</source>
        <translation>L&apos;id de l&apos;enregistrement, tel qu&apos;affiché par omniotap conflicts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local or server.</source>
        <translation>local ou server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--keep must be local or server.</source>
        <translation>--keep doit valoir local ou server.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolved %1: the record is deleted.</source>
        <translation>%1 résolu&#xa0;: l&apos;enregistrement est supprimé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved %1: the record was deleted on the server, so your version is created again as %2.</source>
        <translation>%1 résolu&#xa0;: l&apos;enregistrement a été supprimé sur le serveur, votre version est donc recréée sous %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved %1, keeping the %2 version.</source>
        <translation>%1 résolu&#xa0;; la %2 est conservée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local</source>
        <translation>version locale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>server&apos;s</source>
        <translation>version du serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the records whose local changes conflict with the server&apos;s version or were refused by the server. Settle each with omniotap conflicts resolve.</source>
        <translation>Liste les enregistrements dont les modifications locales sont en conflit avec la version du serveur ou ont été refusées par le serveur. Résolvez chacun avec omniotap conflicts resolve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (refused by the server: %1)</source>
        <translation> (refusé par le serveur&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (deleted on the server)</source>
        <translation> (supprimé sur le serveur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (deleted here, changed on the server)</source>
        <translation> (supprimé ici, modifié sur le serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: local %2, server %3, was %4</source>
        <translation>  %1&#xa0;: local %2, serveur %3, avant %4</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../app/ui/conflictsdialog.cpp" line="+31"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server&apos;s</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep the server&apos;s version</source>
        <translation>Conserver la version du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop your changes of this record</source>
        <translation>Abandonner vos modifications de cet enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep yours</source>
        <translation>Conserver la vôtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your values win where both sides changed a field; the server&apos;s other changes stay</source>
        <translation>Vos valeurs l&apos;emportent là où les deux côtés ont modifié un champ&#xa0;; les autres modifications du serveur sont conservées</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No conflicts: everything you changed has gone to the server or is on its way.</source>
        <translation>Aucun conflit&#xa0;: toutes vos modifications ont été envoyées au serveur ou sont en cours d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused your change: %1</source>
        <translation>Le serveur a refusé votre modification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed this record; meanwhile it was deleted on the server. Keeping yours creates it again.</source>
        <translation>Vous avez modifié cet enregistrement&#xa0;; entre-temps, il a été supprimé sur le serveur. Conserver votre version le recrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You deleted this record; meanwhile it was changed on the server.</source>
        <translation>Vous avez supprimé cet enregistrement&#xa0;; entre-temps, il a été modifié sur le serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and someone else changed the same fields differently.</source>
        <translation>Vous et une autre personne avez modifié les mêmes champs différemment.</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="+16"/>
        <source>Connects the profile to a server. The API key comes from %1, or else from one line of standard input; it is checked against the server and kept in the keychain.</source>
        <translation>Connecte le profil à un serveur. La clé API provient de %1 ou, à défaut, d&apos;une ligne de l&apos;entrée standard&#xa0;; elle est vérifiée auprès du serveur et conservée dans le trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server, e.g. https://crm.example.com.</source>
        <translation>Le serveur, par exemple https://crm.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--server URL is required.</source>
        <translation>--server URL est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a server URL: use http:// or https:// and a host.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL de serveur&#xa0;: utilisez http:// ou https:// suivi d&apos;un hôte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No API key: set %1 or give the key as one line on standard input.</source>
        <translation>Aucune clé API&#xa0;: définissez %1 ou fournissez la clé sur une ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 Nothing was stored; set %2 to use the key without a keychain.</source>
        <translation>%1 Rien n&apos;a été enregistré&#xa0;; définissez %2 pour utiliser la clé sans trousseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key is in the keychain (%1)</source>
        <translation>la clé est dans le trousseau (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key was not stored: it comes from %1</source>
        <translation>la clé n&apos;a pas été enregistrée&#xa0;: elle provient de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1; %2.</source>
        <translation>Connecté à %1&#xa0;; %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1, tenant %2 (%3); %4.</source>
        <translation>Connecté à %1, organisation %2 (%3)&#xa0;; %4.</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../app/ui/settings/createkeydialog.cpp" line="+17"/>
        <source>Create API key</source>
        <translation>Créer une clé API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What uses the key, e.g. &quot;ERP sync&quot;</source>
        <translation>Usage de la clé, par exemple «&#xa0;Synchro ERP&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read: list and fetch records</source>
        <translation>Lecture&#xa0;: lister et récupérer les enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write: create, change and delete records (includes read)</source>
        <translation>Écriture&#xa0;: créer, modifier et supprimer des enregistrements (inclut la lecture)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin: API keys, webhooks and tenant settings (includes write)</source>
        <translation>Admin&#xa0;: clés API, webhooks et paramètres de l&apos;organisation (inclut l&apos;écriture)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:</source>
        <translation>Autorisations&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../app/csv/csvimporter.cpp" line="+19"/>
        <source>line %1: %2: %3</source>
        <translation>ligne %1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>line %1: %2 cells, but the header has %3</source>
        <translation>ligne %1&#xa0;: %2 cellules, mais l&apos;en-tête en compte %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/csv/csvreader.cpp" line="+25"/>
        <source>line %1: the text is not valid UTF-8</source>
        <translation>ligne %1&#xa0;: le texte n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>line %1: a double quote inside an unquoted cell (quote the whole cell and double the quote)</source>
        <translation>ligne %1&#xa0;: guillemet double dans une cellule non entre guillemets (mettez toute la cellule entre guillemets et doublez le guillemet)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1: text after the closing quote of a cell</source>
        <translation>ligne %1&#xa0;: texte après le guillemet fermant d&apos;une cellule</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: a quoted cell is never closed</source>
        <translation>ligne %1&#xa0;: une cellule entre guillemets n&apos;est jamais fermée</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <location filename="../app/cli/deletecommand.cpp" line="+12"/>
        <source>Deletes a record locally; the next sync deletes it on the server.</source>
        <translation>Supprime un enregistrement localement&#xa0;; la prochaine synchronisation le supprime sur le serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s id.</source>
        <translation>L&apos;id de l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted %1 %2; the deletion waits for the next sync.</source>
        <translation>%1 %2 supprimé&#xa0;; la suppression sera transmise à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../app/ui/desktopapp.cpp" line="+32"/>
        <source>omniotap: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Use a command instead: omniotap --help.
</source>
        <translation>omniotap&#xa0;: aucun affichage pour ouvrir la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Utilisez plutôt une commande&#xa0;: omniotap --help.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+22"/>
        <source>OmnioTap</source>
        <translation>OmnioTap</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The profile folder.</source>
        <translation>Le dossier du profil.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the profile in %1:
%2</source>
        <translation>Impossible d&apos;ouvrir le profil dans %1&#xa0;:
%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the local cache %1:
%2</source>
        <translation>Impossible d&apos;ouvrir le cache local %1&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>EnumValue</name>
    <message>
        <location filename="../app/ui/collectioncolumns.cpp" line="+10"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churned</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unqualified</source>
        <translation>Non qualifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospecting</source>
        <translation>Prospection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Négociation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+19"/>
        <source>Writes the records of a collection in the local cache as JSON or CSV.</source>
        <translation>Écrit les enregistrements d&apos;une collection du cache local au format JSON ou CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>json (default) or csv.</source>
        <translation>json (par défaut) ou csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown format &quot;%1&quot;: use csv or json.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez csv ou json.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <location filename="../app/sync/feedpage.cpp" line="+25"/>
        <source>the server&apos;s change feed is not in the expected form</source>
        <translation>le flux de modifications du serveur n&apos;a pas la forme attendue</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../app/ui/firststart/firststartwizard.cpp" line="+15"/>
        <source>Welcome to OmnioTap</source>
        <translation>Bienvenue dans OmnioTap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not Now</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+17"/>
        <source>Creates and updates records in the local cache from a CSV file (header row = API field names). Nothing is imported when any row is bad.</source>
        <translation>Crée et met à jour des enregistrements du cache local à partir d&apos;un fichier CSV (ligne d&apos;en-tête = noms des champs de l&apos;API). Rien n&apos;est importé si une ligne est incorrecte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file (RFC 4180, UTF-8).</source>
        <translation>Le fichier CSV (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>%1: %2; nothing was imported.</source>
        <translation>%1&#xa0;: %2&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: the file is empty; it needs a header row.</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;; il lui faut une ligne d&apos;en-tête.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: nothing was imported; %n bad row(s):</source>
        <translation>
            <numerusform>%1&#xa0;: rien n&apos;a été importé&#xa0;; %n ligne incorrecte&#xa0;:</numerusform>
            <numerusform>%1&#xa0;: rien n&apos;a été importé&#xa0;; %n lignes incorrectes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  (stopped after %1 bad rows)</source>
        <translation>  (arrêt après %1 lignes incorrectes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1: %2 created, %3 updated, %4 unchanged.</source>
        <translation>%1 importé&#xa0;: %2 créés, %3 mis à jour, %4 inchangés.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/ui/importdialog.cpp" line="+28"/>
        <source>Import %1 from CSV</source>
        <translation>Importer des %1 depuis un CSV</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the field each column goes to (the first row under the headers); rows with an id that exists update that record.</source>
        <translation>Choisissez le champ de destination de chaque colonne (première ligne sous les en-têtes)&#xa0;; les lignes dont l&apos;id existe déjà mettent à jour l&apos;enregistrement correspondant.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file is empty; it needs a header row</source>
        <translation>le fichier est vide&#xa0;; il lui faut une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot import %1: %2.</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n row(s) to import.</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne à importer.</numerusform>
            <numerusform>%1&#xa0;: %n lignes à importer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(skip)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose a field for at least one column.</source>
        <translation>Choisissez un champ pour au moins une colonne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The columns cannot be imported like this: %1.</source>
        <translation>Les colonnes ne peuvent pas être importées ainsi&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The local cache failed: %1</source>
        <translation>Erreur du cache local&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing was imported; %n row(s) need fixing first:</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;; %n ligne doit d&apos;abord être corrigée&#xa0;:</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;; %n lignes doivent d&apos;abord être corrigées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(stopped after %1 bad rows)</source>
        <translation>(arrêt après %1 lignes incorrectes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Importation terminée&#xa0;: %1 créés, %2 mis à jour, %3 inchangés.</translation>
    </message>
</context>
<context>
    <name>InProcessServerHost</name>
    <message>
        <location filename="../app/hosting/inprocessserverhost.cpp" line="+36"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot listen on port %1: %2</source>
        <translation>Impossible d&apos;écouter sur le port %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the workspace&apos;s database in %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données de l&apos;espace de travail dans %1 : %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server is not running.</source>
        <translation>Le serveur ne tourne pas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot set up the workspace: %1</source>
        <translation>Impossible de préparer l&apos;espace de travail : %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../app/secrets/keychainstore.cpp" line="+21"/>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service over D-Bus</source>
        <translation>Secret Service via D-Bus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The API key to store is empty.</source>
        <translation>La clé API à enregistrer est vide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain (%1) could not store the API key.</source>
        <translation>Le trousseau (%1) n&apos;a pas pu enregistrer la clé API.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>The keychain (%1) did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau (%1) n&apos;a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>Le trousseau (%1) n&apos;a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain (%1) denied access: %2</source>
        <translation>Le trousseau (%1) a refusé l&apos;accès&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete the API key from the keychain (%1): %2</source>
        <translation>Impossible de supprimer la clé API du trousseau (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keychain is available (%1): %2</source>
        <translation>Aucun trousseau disponible (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile id for the keychain entry is empty.</source>
        <translation>L&apos;identifiant du profil pour l&apos;entrée du trousseau est vide.</translation>
    </message>
</context>
<context>
    <name>LocalWorkspacePage</name>
    <message>
        <location filename="../app/ui/firststart/localworkspacepage.cpp" line="+27"/>
        <source>My team</source>
        <translation>Mon équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colleagues on this network may connect</source>
        <translation>Les collègues de ce réseau peuvent se connecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workspace on this computer</source>
        <translation>Un espace de travail sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OmnioTap runs your team&apos;s server while it is open. The data stays in the folder below; back it up like any other important folder.</source>
        <translation>OmnioTap fait tourner le serveur de votre équipe tant qu&apos;il est ouvert. Les données restent dans le dossier ci-dessous ; sauvegardez-le comme tout dossier important.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Without this, only OmnioTap on this computer can reach the server.</source>
        <translation>Sans cette option, seul OmnioTap sur cet ordinateur peut joindre le serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Team name:</source>
        <translation>Nom de l&apos;é&amp;quipe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier des données :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give your team a name.</source>
        <translation>Donnez un nom à votre équipe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>OmnioTap on %1</source>
        <translation>OmnioTap sur %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your workspace is ready</source>
        <translation>Votre espace de travail est prêt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;OmnioTap runs the workspace &lt;b&gt;%1&lt;/b&gt; on this computer, with its data in &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OmnioTap fait tourner l&apos;espace de travail &lt;b&gt;%1&lt;/b&gt; sur cet ordinateur, avec ses données dans &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Only this computer can reach it (port %1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seul cet ordinateur peut le joindre (port %1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Colleagues connect to it while OmnioTap is open here, at:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tant qu&apos;OmnioTap est ouvert ici, vos collègues s&apos;y connectent à l&apos;adresse :&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Each colleague needs an API key: create one in File › Tenant settings › API keys.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque collègue a besoin d&apos;une clé API : créez-la dans Fichier › Paramètres de l&apos;organisation › Clés API.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;The keychain could not keep your admin key&lt;/b&gt; (%1). OmnioTap will ask for it at each start, so copy it somewhere safe now:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le trousseau n&apos;a pas pu conserver votre clé d&apos;administration&lt;/b&gt; (%1). OmnioTap la demandera à chaque démarrage ; copiez-la dès maintenant en lieu sûr :&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+83"/>
        <location line="+718"/>
        <source>OmnioTap</source>
        <translation>OmnioTap</translation>
    </message>
    <message>
        <location line="-692"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record (Ctrl+N)</source>
        <translation>Nouvel enregistrement (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tenant settings…</source>
        <translation>&amp;Paramètres de l&apos;organisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API keys, webhooks and the rate limit (admin keys only)</source>
        <translation>Clés API, webhooks et limite de requêtes (clés admin uniquement)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About OmnioTap</source>
        <translation>À &amp;propos d&apos;OmnioTap</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show them all again</source>
        <translation>Tout afficher à nouveau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only records with this status</source>
        <translation>Afficher uniquement les enregistrements ayant ce statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pipeline &amp;board</source>
        <translation>&amp;Tableau du pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opportunities by stage (Ctrl+B)</source>
        <translation>Opportunités par étape (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search %1… (Ctrl+F)</source>
        <translation>Rechercher dans les %1… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type at least %1 characters to search %2 %3.</source>
        <translation>Saisissez au moins %1 caractères pour rechercher parmi %2 %3.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the new %1?</source>
        <translation>Enregistrer la nouvelle fiche (%1)&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to this %1?</source>
        <translation>Enregistrer vos modifications de cette fiche (%1)&#xa0;?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Deleted the %1. Undo with Ctrl+Z.</source>
        <translation>Fiche %1 supprimée. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Only those of %1</source>
        <translation>Uniquement pour %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That record is not in this cache (deleted, or not synced yet).</source>
        <translation>Cet enregistrement n&apos;est pas dans ce cache (supprimé ou pas encore synchronisé).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Convert lead</source>
        <translation>la conversion du prospect</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lead is now an opportunity. Undo with Ctrl+Z.</source>
        <translation>Le prospect est désormais une opportunité. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not undo or redo that: %1</source>
        <translation>Impossible d&apos;annuler ou de rétablir cette action&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No %1 match. Clear the search or the filter to see them all.</source>
        <translation>Aucun résultat parmi les %1. Effacez la recherche ou le filtre pour tout afficher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 yet.
Press Ctrl+N to add the first one, or import a CSV file.</source>
        <translation>Aucun élément (%1) pour l&apos;instant.
Appuyez sur Ctrl+N pour ajouter le premier, ou importez un fichier CSV.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> · %n change(s) not synced yet</source>
        <translation>
            <numerusform> · %n modification pas encore synchronisée</numerusform>
            <numerusform> · %n modifications pas encore synchronisées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with the server now (F5)</source>
        <translation>Synchroniser maintenant avec le serveur (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Synced at %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received %1 and sent %2 changes.</source>
        <translation>%1 modifications reçues et %2 envoyées.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synced at %1 · %n conflict(s) to resolve</source>
        <translation>
            <numerusform>Synchronisé à %1 · %n conflit à résoudre</numerusform>
            <numerusform>Synchronisé à %1 · %n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes made here and on the server disagree: open Conflicts (Ctrl+Shift+C) to compare and choose.</source>
        <translation>Des modifications faites ici et sur le serveur divergent&#xa0;: ouvrez Conflits (Ctrl+Maj+C) pour les comparer et choisir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached (%1). Your changes are kept and go out at the next sync.</source>
        <translation>Le serveur est injoignable (%1). Vos modifications sont conservées et seront envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../app/ui/settings/newkeydialog.cpp" line="+16"/>
        <source>New API key</source>
        <translation>Nouvelle clé API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key &quot;%1&quot; was created:</source>
        <translation>La clé «&#xa0;%1&#xa0;» a été créée&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Copy it now: it will not be shown again.&lt;/b&gt; OmnioTap keeps only a fingerprint of the key; if it is lost, revoke it and create a new one.</source>
        <translation>&lt;b&gt;Copiez-la maintenant&#xa0;: elle ne sera plus affichée.&lt;/b&gt; OmnioTap ne conserve qu&apos;une empreinte de la clé&#xa0;; si elle est perdue, révoquez-la et créez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../app/ui/pipelineboard.cpp" line="+78"/>
        <source>1 opportunity</source>
        <translation>1 opportunité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 opportunities</source>
        <translation>%1 opportunités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no amount</source>
        <translation>aucun montant</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drag to another stage; double-click to open</source>
        <translation>Faites glisser vers une autre étape&#xa0;; double-cliquez pour ouvrir</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/profile/profile.cpp" line="+31"/>
        <source>The profile %1 is not a folder.</source>
        <translation>Le profil %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: it has no valid profileId.</source>
        <translation>%1 est endommagé&#xa0;: il ne contient pas de profileId valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer OmnioTap (format %2).</source>
        <translation>%1 a été écrit par une version plus récente d&apos;OmnioTap (format %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is damaged: the workspace server&apos;s port %2 is not valid.</source>
        <translation>%1 est endommagé : le port %2 du serveur de l&apos;espace de travail n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProfileApiKey</name>
    <message>
        <location filename="../app/secrets/profileapikey.cpp" line="+16"/>
        <source>%1 Set %2 to use a key without a keychain.</source>
        <translation>%1 Définissez %2 pour utiliser une clé sans trousseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain (%1) holds no API key for this profile: run omniotap connect, or set %2.</source>
        <translation>Le trousseau (%1) ne contient aucune clé API pour ce profil&#xa0;: exécutez omniotap connect ou définissez %2.</translation>
    </message>
</context>
<context>
    <name>RateLimitTab</name>
    <message>
        <location filename="../app/ui/settings/ratelimittab.cpp" line="+28"/>
        <source>All API keys of the tenant share this limit; a request over it is refused with 429 until the window ends. The server&apos;s operator sets it (omniotap-server tenant set-rate-limit).</source>
        <translation>Toutes les clés API de l&apos;organisation partagent cette limite&#xa0;; au-delà, les requêtes sont refusées avec le code 429 jusqu&apos;à la fin de la fenêtre. L&apos;opérateur du serveur la définit (omniotap-server tenant set-rate-limit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenant:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit:</source>
        <translation>Limite&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This window:</source>
        <translation>Fenêtre actuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window ends:</source>
        <translation>Fin de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not load the tenant&apos;s settings.
%1</source>
        <translation>Impossible de charger les paramètres de l&apos;organisation.
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 requests per %2 seconds</source>
        <translation>%1 requêtes par tranche de %2 secondes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 used, %2 left (counting this dialog&apos;s own requests)</source>
        <translation>%1 utilisées, %2 restantes (requêtes de cette fenêtre comprises)</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <location filename="../app/ui/recordcommands.cpp" line="+20"/>
        <source>Create %1</source>
        <translation>la création de la fiche %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>la modification de la fiche %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1</source>
        <translation>la suppression de la fiche %1</translation>
    </message>
</context>
<context>
    <name>RecordCsvMapper</name>
    <message>
        <location filename="../app/csv/recordcsvmapper.cpp" line="+83"/>
        <source>line 1: &quot;%1&quot; is not a field of %2 (columns: %3)</source>
        <translation>ligne 1&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un champ de %2 (colonnes&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line 1: the column &quot;%1&quot; appears twice</source>
        <translation>ligne 1&#xa0;: la colonne «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../app/ui/recordeditor.cpp" line="+57"/>
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes made in this form</source>
        <translation>Abandonner les modifications faites dans ce formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>id of a %1</source>
        <translation>ID d&apos;une fiche %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New %1</source>
        <translation>Nouvelle fiche %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>Modifier la fiche %1</translation>
    </message>
</context>
<context>
    <name>RelatedLinks</name>
    <message>
        <location filename="../app/ui/relatedlinks.cpp" line="+53"/>
        <source>Open the customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the contact</source>
        <translation>Ouvrir le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the lead</source>
        <translation>Ouvrir le prospect</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Convert to an opportunity</source>
        <translation>Convertir en opportunité</translation>
    </message>
</context>
<context>
    <name>RemoteServerPage</name>
    <message>
        <location filename="../app/ui/firststart/remoteserverpage.cpp" line="+20"/>
        <source>Connect to your team&apos;s server</source>
        <translation>Se connecter au serveur de votre équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your administrator for the server&apos;s address and an API key. The key is checked with the server, then kept in the system keychain.</source>
        <translation>Demandez à votre administrateur l&apos;adresse du serveur et une clé API. La clé est vérifiée auprès du serveur, puis conservée dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a server address: use http:// or https:// and a host name, for example https://crm.example.com.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur : utilisez http:// ou https:// et un nom d&apos;hôte, par exemple https://crm.example.com.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;p&gt;OmnioTap syncs with &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OmnioTap se synchronise avec &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;OmnioTap syncs with &lt;tt&gt;%1&lt;/tt&gt;, workspace &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OmnioTap se synchronise avec &lt;tt&gt;%1&lt;/tt&gt;, espace de travail &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The first sync starts when the window opens; you can work while it runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La première synchronisation commence à l&apos;ouverture de la fenêtre ; vous pouvez travailler pendant ce temps.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;The keychain could not keep the API key&lt;/b&gt; (%1). OmnioTap will ask for it at each start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le trousseau n&apos;a pas pu conserver la clé API&lt;/b&gt; (%1). OmnioTap la demandera à chaque démarrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
</context>
<context>
    <name>ServerBinding</name>
    <message>
        <location filename="../app/profile/serverbinding.cpp" line="+16"/>
        <source>This profile belongs to tenant %1, and the key to tenant %2. Use another profile for that tenant.</source>
        <translation>Ce profil appartient à l&apos;organisation %1, et la clé à l&apos;organisation %2. Utilisez un autre profil pour cette organisation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache local %1 : %2</translation>
    </message>
</context>
<context>
    <name>ServerKeyCheck</name>
    <message>
        <location filename="../app/net/serverkeycheck.cpp" line="+18"/>
        <source>%1 does not answer like an OmnioTap server.</source>
        <translation>%1 ne répond pas comme un serveur OmnioTap.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot reach %1: %2. Nothing was stored.</source>
        <translation>Impossible de joindre %1&#xa0;: %2. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the API key%1. Nothing was stored.</source>
        <translation>Le serveur a refusé la clé API%1. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key may not read this tenant&apos;s records%1. Nothing was stored.</source>
        <translation>La clé API n&apos;est pas autorisée à lire les enregistrements de cette organisation%1. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is rate limiting this tenant; try again in %1 s. Nothing was stored.</source>
        <translation>Le serveur limite le débit des requêtes de cette organisation&#xa0;; réessayez dans %1 s. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2%3. Nothing was stored.</source>
        <translation>%1 a répondu HTTP %2%3. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <location filename="../app/ui/settings/settingstext.cpp" line="+14"/>
        <source>The server could not be reached: %1</source>
        <translation>Le serveur est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>StartChoicePage</name>
    <message>
        <location filename="../app/ui/firststart/startchoicepage.cpp" line="+11"/>
        <source>Where does your team&apos;s data live?</source>
        <translation>Où vivent les données de votre équipe ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OmnioTap keeps a copy of your records on this computer, so it works offline. It syncs them with a server that the whole team shares.</source>
        <translation>OmnioTap garde une copie de vos fiches sur cet ordinateur et fonctionne donc hors ligne. Il les synchronise avec un serveur que toute l&apos;équipe partage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a workspace on this computer</source>
        <translation>Créer un espace de travail sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a team without a server: this computer runs it while OmnioTap is open, and colleagues connect to it over the network.</source>
        <translation>Pour une équipe sans serveur : cet ordinateur le fait tourner tant qu&apos;OmnioTap est ouvert, et vos collègues s&apos;y connectent par le réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your team already has an OmnioTap server: you need its address and an API key from its administrator.</source>
        <translation>Votre équipe a déjà un serveur OmnioTap : il vous faut son adresse et une clé API de son administrateur.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+18"/>
        <source>Brings the local cache up to date with the server&apos;s changes, then sends the local changes to the server. Exit codes: 0 in step, 2 server unreachable (changes stay queued), 3 conflicts wait (see omniotap conflicts), 1 other errors.</source>
        <translation>Met le cache local à jour avec les modifications du serveur, puis envoie les modifications locales au serveur. Codes de sortie&#xa0;: 0 synchronisé, 2 serveur injoignable (les modifications restent en file d&apos;attente), 3 conflits en attente (voir omniotap conflicts), 1 autres erreurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object: {&quot;pulled&quot;, &quot;pushed&quot;, &quot;pending&quot;, &quot;conflicts&quot;, &quot;cursor&quot;}.</source>
        <translation>Afficher un objet JSON&#xa0;: {&quot;pulled&quot;, &quot;pushed&quot;, &quot;pending&quot;, &quot;conflicts&quot;, &quot;cursor&quot;}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This profile is not connected to a server: run omniotap connect --profile %1 --server URL first.</source>
        <translation>Ce profil n&apos;est connecté à aucun serveur&#xa0;: exécutez d&apos;abord omniotap connect --profile %1 --server URL.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The server is rate limiting this tenant; waiting %n second(s).</source>
        <translation>
            <numerusform>Le serveur limite le débit des requêtes de cette organisation&#xa0;; attente de %n seconde.</numerusform>
            <numerusform>Le serveur limite le débit des requêtes de cette organisation&#xa0;; attente de %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Offline: cannot reach %1 (%2). %n local change(s) stay queued.</source>
        <translation>
            <numerusform>Hors ligne&#xa0;: impossible de joindre %1 (%2). %n modification locale reste en file d&apos;attente.</numerusform>
            <numerusform>Hors ligne&#xa0;: impossible de joindre %1 (%2). %n modifications locales restent en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sync with %1 failed: %2. %n local change(s) stay queued.</source>
        <translation>
            <numerusform>Échec de la synchronisation avec %1&#xa0;: %2. %n modification locale reste en file d&apos;attente.</numerusform>
            <numerusform>Échec de la synchronisation avec %1&#xa0;: %2. %n modifications locales restent en file d&apos;attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Pulled %n change(s)</source>
        <translation>
            <numerusform>%n modification récupérée</numerusform>
            <numerusform>%n modifications récupérées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, sent %n</source>
        <translation>
            <numerusform>, %n envoyée</numerusform>
            <numerusform>, %n envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n conflict(s) wait for you: see omniotap conflicts</source>
        <translation>
            <numerusform>; %n conflit vous attend&#xa0;: voir omniotap conflicts</numerusform>
            <numerusform>; %n conflits vous attendent&#xa0;: voir omniotap conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n local change(s) held back until then)</source>
        <translation>
            <numerusform> (%n modification locale retenue d&apos;ici là)</numerusform>
            <numerusform> (%n modifications locales retenues d&apos;ici là)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRequester</name>
    <message>
        <location filename="../app/sync/syncrequester.cpp" line="+44"/>
        <source>the server refused the API key (%1)</source>
        <translation>le serveur a refusé la clé API (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server is still rate limiting this tenant after %1 waits</source>
        <translation>le serveur limite toujours le débit de cette organisation après %1 attentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../app/ui/syncworker.cpp" line="+35"/>
        <source>the local cache failed: %1</source>
        <translation>erreur du cache local&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TenantSettingsDialog</name>
    <message>
        <location filename="../app/ui/settings/tenantsettingsdialog.cpp" line="+43"/>
        <source>Tenant settings</source>
        <translation>Paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API keys</source>
        <translation>Clés API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>Limite de requêtes</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveriesView</name>
    <message>
        <location filename="../app/ui/settings/webhookdeliveriesview.cpp" line="+24"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status code</source>
        <translation>Code d&apos;état</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redeliver</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected event again now, with the same webhook-id</source>
        <translation>Renvoyer maintenant l&apos;événement sélectionné, avec le même webhook-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select an endpoint to see its deliveries.</source>
        <translation>Sélectionnez un point de terminaison pour voir ses envois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deliveries</source>
        <translation>Envois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the delivery log.
%1</source>
        <translation>Impossible de charger le journal des envois.
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No deliveries yet.</source>
        <translation>Aucun envoi pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries: the latest %1 of %2 attempts</source>
        <translation>Envois&#xa0;: les %1 dernières tentatives sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries: %1 attempts</source>
        <translation>Envois&#xa0;: %1 tentatives</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (next try %2)</source>
        <translation>%1 (prochaine tentative %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>webhook-id %1</source>
        <translation>webhook-id %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The event was not redelivered.
%1</source>
        <translation>L&apos;événement n&apos;a pas été renvoyé.
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event is on its way again; refresh the log to see the attempt.</source>
        <translation>L&apos;événement est de nouveau en cours d&apos;envoi&#xa0;; actualisez le journal pour voir la tentative.</translation>
    </message>
</context>
<context>
    <name>WebhookEndpointDialog</name>
    <message>
        <location filename="../app/ui/settings/webhookendpointdialog.cpp" line="+43"/>
        <source>Webhook endpoint</source>
        <translation>Point de terminaison du webhook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://example.com/hooks/omniotap</source>
        <translation>https://example.com/hooks/omniotap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enabled: send events to this URL</source>
        <translation>Activé&#xa0;: envoyer les événements à cette URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All events, including those of future versions</source>
        <translation>Tous les événements, y compris ceux des versions futures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>WebhookSecretField</name>
    <message>
        <location filename="../app/ui/settings/webhooksecretfield.cpp" line="+18"/>
        <location line="+42"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+24"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server shows a secret only when the endpoint is created or the secret rotated. Rotate it to get a new one.</source>
        <translation>Le serveur n&apos;affiche un secret qu&apos;à la création du point de terminaison ou lors du renouvellement du secret. Renouvelez-le pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store this secret in your receiver now: it is not shown again after you close this window.</source>
        <translation>Enregistrez dès maintenant ce secret dans votre récepteur&#xa0;: il ne sera plus affiché après la fermeture de cette fenêtre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>WebhooksTab</name>
    <message>
        <location filename="../app/ui/settings/webhookstab.cpp" line="+40"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add endpoint…</source>
        <translation>Ajouter un point de terminaison…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends a webhook.test event, even to a disabled endpoint</source>
        <translation>Envoie un événement webhook.test, même à un point de terminaison désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new secret; the old one keeps signing beside it for 24 hours</source>
        <translation>Un nouveau secret&#xa0;; l&apos;ancien continue de signer en parallèle pendant 24 heures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing secret:</source>
        <translation>Secret de signature&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not load the webhook endpoints.
%1</source>
        <translation>Impossible de charger les points de terminaison des webhooks.
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: the receiver answered 410 Gone</source>
        <translation>Non&#xa0;: le récepteur a répondu 410 Gone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: every delivery failed for days</source>
        <translation>Non&#xa0;: tous les envois échouent depuis plusieurs jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The endpoint was not added.
%1</source>
        <translation>Le point de terminaison n&apos;a pas été ajouté.
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added the endpoint. Its signing secret is below: store it in your receiver now.</source>
        <translation>Le point de terminaison a été ajouté. Son secret de signature figure ci-dessous&#xa0;: enregistrez-le dès maintenant dans votre récepteur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The endpoint was not saved.
%1</source>
        <translation>Le point de terminaison n&apos;a pas été enregistré.
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the endpoint.</source>
        <translation>Le point de terminaison a été enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The endpoint was not deleted.
%1</source>
        <translation>Le point de terminaison n&apos;a pas été supprimé.
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted the endpoint and the deliveries still queued for it.</source>
        <translation>Le point de terminaison et ses envois encore en file d&apos;attente ont été supprimés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The test event was not sent.
%1</source>
        <translation>L&apos;événement de test n&apos;a pas été envoyé.
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test event %1 is on its way; its attempts show in the log below once made (Refresh).</source>
        <translation>L&apos;événement de test %1 est en cours d&apos;envoi&#xa0;; ses tentatives apparaîtront dans le journal ci-dessous une fois effectuées (Actualiser).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secret was not rotated.
%1</source>
        <translation>Le secret n&apos;a pas été renouvelé.
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New secret made. For 24 hours every event carries signatures with both the old and the new secret, so receivers can switch over.</source>
        <translation>Nouveau secret créé. Pendant 24 heures, chaque événement porte des signatures avec l&apos;ancien et le nouveau secret, afin que les récepteurs puissent basculer.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add webhook endpoint</source>
        <translation>Ajouter un point de terminaison de webhook</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit webhook endpoint</source>
        <translation>Modifier le point de terminaison du webhook</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete webhook endpoint</source>
        <translation>Supprimer le point de terminaison du webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the endpoint %1? Events still queued for it are dropped.</source>
        <translation>Supprimer le point de terminaison %1&#xa0;? Les événements encore en file d&apos;attente pour celui-ci seront abandonnés.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rotate signing secret</source>
        <translation>Renouveler le secret de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new signing secret for %1? The old one keeps signing beside it for 24 hours; update your receiver within that time.</source>
        <translation>Créer un nouveau secret de signature pour %1&#xa0;? L&apos;ancien continue de signer en parallèle pendant 24 heures&#xa0;; mettez à jour votre récepteur dans ce délai.</translation>
    </message>
</context>
<context>
    <name>WorkspaceServerIndicator</name>
    <message>
        <location filename="../app/ui/workspaceserverindicator.cpp" line="+18"/>
        <source>Workspace server: this computer only (port %1)</source>
        <translation>Serveur de l&apos;espace de travail : cet ordinateur seulement (port %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No network connection: colleagues can connect once this computer is on a network.</source>
        <translation>Pas de connexion réseau : vos collègues pourront se connecter dès que cet ordinateur sera sur un réseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colleagues cannot connect: the workspace listens on this computer only.</source>
        <translation>Vos collègues ne peuvent pas se connecter : l&apos;espace de travail n&apos;écoute que sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colleagues connect at %1</source>
        <translation>Vos collègues se connectent à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace server runs while OmnioTap is open. Addresses:
%1</source>
        <translation>Le serveur de l&apos;espace de travail tourne tant qu&apos;OmnioTap est ouvert. Adresses :
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace server stopped</source>
        <translation>Serveur de l&apos;espace de travail arrêté</translation>
    </message>
</context>
</TS>
