<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../app/ui/aboutbox.cpp" line="+7"/>
        <source>About OmnioTap</source>
        <translation>Über OmnioTap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;OmnioTap %1&lt;/h3&gt;&lt;p&gt;A CRM for sales teams: contacts, customers, leads, an opportunity pipeline and support tickets. It works on a copy of your records on this computer, offline too, and syncs them with your team&apos;s server.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OmnioTap %1&lt;/h3&gt;&lt;p&gt;Ein CRM für Vertriebsteams: Kontakte, Kunden, Leads, eine Verkaufspipeline und Support-Tickets. Es arbeitet mit einer Kopie Ihrer Datensätze auf diesem Computer, auch offline, und gleicht sie mit dem Server Ihres Teams ab.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Lizenziert unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ApiKeyPrompt</name>
    <message>
        <location filename="../app/ui/apikeyprompt.cpp" line="+18"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Enter the API key for %2. It is used until OmnioTap closes and not saved.</source>
        <translation>%1

Geben Sie den API-Schlüssel für %2 ein. Er gilt, bis OmnioTap beendet wird, und wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ApiKeysTab</name>
    <message>
        <location filename="../app/ui/settings/apikeystab.cpp" line="+26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create key…</source>
        <translation>Schlüssel erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not load the API keys.
%1</source>
        <translation>Die API-Schlüssel konnten nicht geladen werden.
%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key this app is using</source>
        <translation>Der Schlüssel, den diese App verwendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The key was not created.
%1</source>
        <translation>Der Schlüssel wurde nicht erstellt.
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created the key &quot;%1&quot;.</source>
        <translation>Der Schlüssel „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key &quot;%1&quot; was not revoked.
%2</source>
        <translation>Der Schlüssel „%1“ wurde nicht widerrufen.
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoked the key &quot;%1&quot;: it no longer opens the API.</source>
        <translation>Der Schlüssel „%1“ wurde widerrufen: Er gewährt keinen Zugriff mehr auf die API.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Revoke the key &quot;%1&quot;? Programs using it lose access at once. This cannot be undone.</source>
        <translation>Den Schlüssel „%1“ widerrufen? Programme, die ihn verwenden, verlieren sofort den Zugriff. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the key this app is using: after revoking it, the app can no longer reach the server.</source>
        <translation>Diese App verwendet genau diesen Schlüssel: Nach dem Widerruf kann sie den Server nicht mehr erreichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
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
        <translation>Der Arbeitsbereich-Server konnte nicht starten; OmnioTap arbeitet offline, bis er es kann:
%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The workspace server could not start:
%1

Another program may be using port %2. Choose another port, or work offline on this computer&apos;s copy until the next start.</source>
        <translation>Der Arbeitsbereich-Server konnte nicht starten:
%1

Möglicherweise belegt ein anderes Programm den Port %2. Wählen Sie einen anderen Port, oder arbeiten Sie bis zum nächsten Start offline mit der Kopie auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose Another Port…</source>
        <translation>Anderen Port wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work Offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace server port</source>
        <translation>Port des Arbeitsbereich-Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port for the workspace server (colleagues then connect to the new address):</source>
        <translation>Port für den Arbeitsbereich-Server (Kollegen verbinden sich dann mit der neuen Adresse):</translation>
    </message>
</context>
<context>
    <name>ChangePusher</name>
    <message>
        <location filename="../app/sync/changepusher.cpp" line="+78"/>
        <source>record %1 kept changing on the server while it was being merged; run sync again</source>
        <translation>Datensatz %1 wurde auf dem Server während des Zusammenführens wiederholt geändert; führen Sie die Synchronisierung erneut aus</translation>
    </message>
</context>
<context>
    <name>CollectionColumns</name>
    <message>
        <location filename="../app/ui/collectioncolumns.cpp" line="+36"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
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
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customers</source>
        <comment>in a sentence</comment>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leads</source>
        <comment>in a sentence</comment>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunities</source>
        <comment>in a sentence</comment>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tickets</source>
        <comment>in a sentence</comment>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability (%)</source>
        <translation>Wahrscheinlichkeit (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
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
        <translation>Aufruf: omniotap BEFEHL [Optionen]   (omniotap BEFEHL --help zeigt seine Optionen)

Befehle:
  connect --profile DIR --server URL        API-Schlüssel prüfen (aus OMNIOTAP_API_KEY,
                                            sonst stdin) und im Schlüsselbund speichern
  sync --profile DIR [--json]               Änderungen vom Server abrufen, lokale senden
  import --profile DIR --collection C FILE.csv
  export --profile DIR --collection C [--format csv|json] [-o FILE]
  delete --profile DIR --collection C ID
  conflicts --profile DIR [--json]
  conflicts resolve --profile DIR ID --keep local|server

Optionen:
  -h, --help      diese Hilfe anzeigen
  -v, --version   die Version anzeigen

Ohne Befehl öffnet omniotap sein Fenster mit dem Profil aus
--profile DIR (Standard: der Anwendungsdatenordner der Plattform).
</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The local cache failed: %1</source>
        <translation>Fehler im lokalen Cache: %1</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <location filename="../app/cli/commandparser.cpp" line="+12"/>
        <source>The profile folder (default: %1).</source>
        <translation>Der Profilordner (Standard: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The collection: %1.</source>
        <translation>Die Sammlung: %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: omniotap %1
%2
</source>
        <translation>Aufruf: omniotap %1
%2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong number of arguments. Usage: omniotap %1 (see --help)</source>
        <translation>Falsche Anzahl von Argumenten. Aufruf: omniotap %1 (siehe --help)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--profile needs a folder.</source>
        <translation>--profile erwartet einen Ordner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--collection is required (one of: contacts, customers, leads, opportunities, tickets).</source>
        <translation>--collection ist erforderlich (eine von: contacts, customers, leads, opportunities, tickets).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown collection &quot;%1&quot; (one of: contacts, customers, leads, opportunities, tickets).</source>
        <translation>Unbekannte Sammlung „%1“ (eine von: contacts, customers, leads, opportunities, tickets).</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../app/sync/conflictresolver.cpp" line="+30"/>
        <source>No conflict for a record with id %1.</source>
        <translation>Kein Konflikt für einen Datensatz mit der id %1.</translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <location filename="../app/cli/conflictscommand.cpp" line="+41"/>
        <source>Settles the conflict of the record ID: keep the local version (your edits win where both sides changed a field; the server&apos;s other changes are kept) or the server&apos;s (your changes of the record are dropped). The next sync sends the result.</source>
        <translation>Löst den Konflikt des Datensatzes ID: Behalten Sie die lokale Version (Ihre Änderungen setzen sich durch, wo beide Seiten ein Feld geändert haben; die übrigen Änderungen des Servers bleiben erhalten) oder die des Servers (Ihre Änderungen am Datensatz werden verworfen). Die nächste Synchronisierung sendet das Ergebnis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record&apos;s id, as omniotap conflicts shows.</source>
        <translation>Die id des Datensatzes, wie omniotap conflicts sie anzeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local or server.</source>
        <translation>local oder server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--keep must be local or server.</source>
        <translation>--keep muss local oder server sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolved %1: the record is deleted.</source>
        <translation>%1 aufgelöst: Der Datensatz ist gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved %1: the record was deleted on the server, so your version is created again as %2.</source>
        <translation>%1 aufgelöst: Der Datensatz wurde auf dem Server gelöscht, daher wird Ihre Version als %2 neu angelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved %1, keeping the %2 version.</source>
        <translation>%1 aufgelöst; die %2 wurde behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local</source>
        <translation>lokale Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>server&apos;s</source>
        <translation>Version des Servers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the records whose local changes conflict with the server&apos;s version or were refused by the server. Settle each with omniotap conflicts resolve.</source>
        <translation>Listet die Datensätze auf, deren lokale Änderungen mit der Version des Servers in Konflikt stehen oder vom Server abgelehnt wurden. Lösen Sie jeden mit omniotap conflicts resolve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print one JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (refused by the server: %1)</source>
        <translation> (vom Server abgelehnt: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (deleted on the server)</source>
        <translation> (auf dem Server gelöscht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (deleted here, changed on the server)</source>
        <translation> (hier gelöscht, auf dem Server geändert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1: local %2, server %3, was %4</source>
        <translation>  %1: lokal %2, Server %3, vorher %4</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../app/ui/conflictsdialog.cpp" line="+31"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server&apos;s</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep the server&apos;s version</source>
        <translation>Version des Servers behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop your changes of this record</source>
        <translation>Ihre Änderungen an diesem Datensatz verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep yours</source>
        <translation>Ihre behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your values win where both sides changed a field; the server&apos;s other changes stay</source>
        <translation>Ihre Werte setzen sich durch, wo beide Seiten ein Feld geändert haben; die übrigen Änderungen des Servers bleiben erhalten</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No conflicts: everything you changed has gone to the server or is on its way.</source>
        <translation>Keine Konflikte: Alle Ihre Änderungen sind beim Server angekommen oder unterwegs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server refused your change: %1</source>
        <translation>Der Server hat Ihre Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You changed this record; meanwhile it was deleted on the server. Keeping yours creates it again.</source>
        <translation>Sie haben diesen Datensatz geändert; inzwischen wurde er auf dem Server gelöscht. Wenn Sie Ihre Version behalten, wird er neu angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You deleted this record; meanwhile it was changed on the server.</source>
        <translation>Sie haben diesen Datensatz gelöscht; inzwischen wurde er auf dem Server geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You and someone else changed the same fields differently.</source>
        <translation>Sie und jemand anderes haben dieselben Felder unterschiedlich geändert.</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <location filename="../app/cli/connectcommand.cpp" line="+16"/>
        <source>Connects the profile to a server. The API key comes from %1, or else from one line of standard input; it is checked against the server and kept in the keychain.</source>
        <translation>Verbindet das Profil mit einem Server. Der API-Schlüssel stammt aus %1 oder andernfalls aus einer Zeile der Standardeingabe; er wird beim Server geprüft und im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server, e.g. https://crm.example.com.</source>
        <translation>Der Server, z. B. https://crm.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--server URL is required.</source>
        <translation>--server URL ist erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a server URL: use http:// or https:// and a host.</source>
        <translation>„%1“ ist keine Server-URL: Verwenden Sie http:// oder https:// und einen Host.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No API key: set %1 or give the key as one line on standard input.</source>
        <translation>Kein API-Schlüssel: Setzen Sie %1 oder übergeben Sie den Schlüssel als eine Zeile über die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 Nothing was stored; set %2 to use the key without a keychain.</source>
        <translation>%1 Es wurde nichts gespeichert; setzen Sie %2, um den Schlüssel ohne Schlüsselbund zu verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the key is in the keychain (%1)</source>
        <translation>der Schlüssel liegt im Schlüsselbund (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key was not stored: it comes from %1</source>
        <translation>der Schlüssel wurde nicht gespeichert: Er stammt aus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1; %2.</source>
        <translation>Verbunden mit %1; %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1, tenant %2 (%3); %4.</source>
        <translation>Verbunden mit %1, Mandant %2 (%3); %4.</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../app/ui/settings/createkeydialog.cpp" line="+17"/>
        <source>Create API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What uses the key, e.g. &quot;ERP sync&quot;</source>
        <translation>Wofür der Schlüssel dient, z. B. „ERP-Synchronisierung“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read: list and fetch records</source>
        <translation>Lesen: Datensätze auflisten und abrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write: create, change and delete records (includes read)</source>
        <translation>Schreiben: Datensätze anlegen, ändern und löschen (einschließlich Lesen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin: API keys, webhooks and tenant settings (includes write)</source>
        <translation>Admin: API-Schlüssel, Webhooks und Mandanteneinstellungen (einschließlich Schreiben)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../app/csv/csvimporter.cpp" line="+19"/>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>line %1: %2 cells, but the header has %3</source>
        <translation>Zeile %1: %2 Zellen, die Kopfzeile hat aber %3</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../app/csv/csvreader.cpp" line="+25"/>
        <source>line %1: the text is not valid UTF-8</source>
        <translation>Zeile %1: Der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>line %1: a double quote inside an unquoted cell (quote the whole cell and double the quote)</source>
        <translation>Zeile %1: doppeltes Anführungszeichen in einer Zelle ohne Anführungszeichen (setzen Sie die ganze Zelle in Anführungszeichen und verdoppeln Sie das Zeichen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1: text after the closing quote of a cell</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen einer Zelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: a quoted cell is never closed</source>
        <translation>Zeile %1: Eine Zelle in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <location filename="../app/cli/deletecommand.cpp" line="+12"/>
        <source>Deletes a record locally; the next sync deletes it on the server.</source>
        <translation>Löscht einen Datensatz lokal; die nächste Synchronisierung löscht ihn auf dem Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The record&apos;s id.</source>
        <translation>Die id des Datensatzes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleted %1 %2; the deletion waits for the next sync.</source>
        <translation>%1 %2 gelöscht; die Löschung wird bei der nächsten Synchronisierung übertragen.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../app/ui/desktopapp.cpp" line="+32"/>
        <source>omniotap: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Use a command instead: omniotap --help.
</source>
        <translation>omniotap: Keine Anzeige zum Öffnen des Fensters vorhanden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Verwenden Sie stattdessen einen Befehl: omniotap --help.
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
        <translation>Der Profilordner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the profile in %1:
%2</source>
        <translation>Das Profil in %1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the local cache %1:
%2</source>
        <translation>Der lokale Cache %1 kann nicht geöffnet werden:
%2</translation>
    </message>
</context>
<context>
    <name>EnumValue</name>
    <message>
        <location filename="../app/ui/collectioncolumns.cpp" line="+10"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churned</source>
        <translation>Abgewandert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unqualified</source>
        <translation>Nicht qualifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospecting</source>
        <translation>Akquise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+19"/>
        <source>Writes the records of a collection in the local cache as JSON or CSV.</source>
        <translation>Schreibt die Datensätze einer Sammlung aus dem lokalen Cache als JSON oder CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>json (default) or csv.</source>
        <translation>json (Standard) oder csv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown format &quot;%1&quot;: use csv or json.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie csv oder json.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <location filename="../app/sync/feedpage.cpp" line="+25"/>
        <source>the server&apos;s change feed is not in the expected form</source>
        <translation>der Änderungs-Feed des Servers hat nicht das erwartete Format</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../app/ui/firststart/firststartwizard.cpp" line="+15"/>
        <source>Welcome to OmnioTap</source>
        <translation>Willkommen bei OmnioTap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+17"/>
        <source>Creates and updates records in the local cache from a CSV file (header row = API field names). Nothing is imported when any row is bad.</source>
        <translation>Legt Datensätze im lokalen Cache aus einer CSV-Datei an und aktualisiert sie (Kopfzeile = API-Feldnamen). Ist eine Zeile fehlerhaft, wird nichts importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file (RFC 4180, UTF-8).</source>
        <translation>Die CSV-Datei (RFC 4180, UTF-8).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>%1: %2; nothing was imported.</source>
        <translation>%1: %2; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: the file is empty; it needs a header row.</source>
        <translation>%1: Die Datei ist leer; sie benötigt eine Kopfzeile.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: nothing was imported; %n bad row(s):</source>
        <translation>
            <numerusform>%1: Es wurde nichts importiert; %n fehlerhafte Zeile:</numerusform>
            <numerusform>%1: Es wurde nichts importiert; %n fehlerhafte Zeilen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  (stopped after %1 bad rows)</source>
        <translation>  (nach %1 fehlerhaften Zeilen abgebrochen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1: %2 created, %3 updated, %4 unchanged.</source>
        <translation>%1 importiert: %2 angelegt, %3 aktualisiert, %4 unverändert.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../app/ui/importdialog.cpp" line="+28"/>
        <source>Import %1 from CSV</source>
        <translation>%1 aus CSV importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the field each column goes to (the first row under the headers); rows with an id that exists update that record.</source>
        <translation>Wählen Sie für jede Spalte das Zielfeld (in der ersten Zeile unter den Überschriften); Zeilen mit einer vorhandenen id aktualisieren den jeweiligen Datensatz.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file is empty; it needs a header row</source>
        <translation>die Datei ist leer; sie benötigt eine Kopfzeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot import %1: %2.</source>
        <translation>%1 kann nicht importiert werden: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n row(s) to import.</source>
        <translation>
            <numerusform>%1: %n Zeile zu importieren.</numerusform>
            <numerusform>%1: %n Zeilen zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(skip)</source>
        <translation>(überspringen)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose a field for at least one column.</source>
        <translation>Wählen Sie für mindestens eine Spalte ein Feld.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The columns cannot be imported like this: %1.</source>
        <translation>Die Spalten können so nicht importiert werden: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The local cache failed: %1</source>
        <translation>Fehler im lokalen Cache: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing was imported; %n row(s) need fixing first:</source>
        <translation>
            <numerusform>Es wurde nichts importiert; zuerst muss %n Zeile korrigiert werden:</numerusform>
            <numerusform>Es wurde nichts importiert; zuerst müssen %n Zeilen korrigiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(stopped after %1 bad rows)</source>
        <translation>(nach %1 fehlerhaften Zeilen abgebrochen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported: %1 created, %2 updated, %3 unchanged.</source>
        <translation>Importiert: %1 angelegt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
</context>
<context>
    <name>InProcessServerHost</name>
    <message>
        <location filename="../app/hosting/inprocessserverhost.cpp" line="+36"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot listen on port %1: %2</source>
        <translation>Port %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the workspace&apos;s database in %1: %2</source>
        <translation>Die Datenbank des Arbeitsbereichs in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server is not running.</source>
        <translation>Der Server läuft nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot set up the workspace: %1</source>
        <translation>Der Arbeitsbereich kann nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <location filename="../app/secrets/keychainstore.cpp" line="+21"/>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service over D-Bus</source>
        <translation>Secret Service über D-Bus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The API key to store is empty.</source>
        <translation>Der zu speichernde API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The keychain (%1) could not store the API key.</source>
        <translation>Der Schlüsselbund (%1) konnte den API-Schlüssel nicht speichern.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>The keychain (%1) did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund (%1) hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund (%1) hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain (%1) denied access: %2</source>
        <translation>Der Schlüsselbund (%1) hat den Zugriff verweigert: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete the API key from the keychain (%1): %2</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund (%1) gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No keychain is available (%1): %2</source>
        <translation>Kein Schlüsselbund verfügbar (%1): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile id for the keychain entry is empty.</source>
        <translation>Die Profil-ID für den Schlüsselbundeintrag ist leer.</translation>
    </message>
</context>
<context>
    <name>LocalWorkspacePage</name>
    <message>
        <location filename="../app/ui/firststart/localworkspacepage.cpp" line="+27"/>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colleagues on this network may connect</source>
        <translation>Kollegen in diesem Netzwerk dürfen sich verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A workspace on this computer</source>
        <translation>Ein Arbeitsbereich auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OmnioTap runs your team&apos;s server while it is open. The data stays in the folder below; back it up like any other important folder.</source>
        <translation>OmnioTap betreibt den Server Ihres Teams, solange es geöffnet ist. Die Daten liegen im Ordner unten; sichern Sie ihn wie jeden anderen wichtigen Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Without this, only OmnioTap on this computer can reach the server.</source>
        <translation>Ohne diese Option erreicht nur OmnioTap auf diesem Computer den Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Team name:</source>
        <translation>&amp;Teamname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give your team a name.</source>
        <translation>Geben Sie Ihrem Team einen Namen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>OmnioTap on %1</source>
        <translation>OmnioTap auf %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your workspace is ready</source>
        <translation>Ihr Arbeitsbereich ist bereit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;OmnioTap runs the workspace &lt;b&gt;%1&lt;/b&gt; on this computer, with its data in &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OmnioTap betreibt den Arbeitsbereich &lt;b&gt;%1&lt;/b&gt; auf diesem Computer, mit seinen Daten in &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Only this computer can reach it (port %1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nur dieser Computer erreicht ihn (Port %1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Colleagues connect to it while OmnioTap is open here, at:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kollegen verbinden sich, solange OmnioTap hier geöffnet ist, mit:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Each colleague needs an API key: create one in File › Tenant settings › API keys.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Kollege braucht einen API-Schlüssel: Erstellen Sie ihn unter Datei › Mandanteneinstellungen › API-Schlüssel.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;The keychain could not keep your admin key&lt;/b&gt; (%1). OmnioTap will ask for it at each start, so copy it somewhere safe now:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Schlüsselbund konnte Ihren Admin-Schlüssel nicht aufbewahren&lt;/b&gt; (%1). OmnioTap fragt bei jedem Start danach; kopieren Sie ihn jetzt an einen sicheren Ort:&lt;/p&gt;&lt;p&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
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
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New record (Ctrl+N)</source>
        <translation>Neuer Datensatz (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tenant settings…</source>
        <translation>&amp;Mandanteneinstellungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API keys, webhooks and the rate limit (admin keys only)</source>
        <translation>API-Schlüssel, Webhooks und Anfragelimit (nur mit Admin-Schlüsseln)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About OmnioTap</source>
        <translation>Ü&amp;ber OmnioTap</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show them all again</source>
        <translation>Wieder alle anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show only records with this status</source>
        <translation>Nur Datensätze mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pipeline &amp;board</source>
        <translation>Pipeline-&amp;Board</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opportunities by stage (Ctrl+B)</source>
        <translation>Verkaufschancen nach Phase (Strg+B)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search %1… (Ctrl+F)</source>
        <translation>%1 durchsuchen… (Strg+F)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Any stage</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type at least %1 characters to search %2 %3.</source>
        <translation>Geben Sie mindestens %1 Zeichen ein, um %2 %3 zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the new %1?</source>
        <translation>Neuen Eintrag (%1) speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your changes to this %1?</source>
        <translation>Ihre Änderungen an diesem Eintrag (%1) speichern?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Deleted the %1. Undo with Ctrl+Z.</source>
        <translation>%1 gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Only those of %1</source>
        <translation>Nur für %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That record is not in this cache (deleted, or not synced yet).</source>
        <translation>Dieser Datensatz ist nicht in diesem Cache (gelöscht oder noch nicht synchronisiert).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Convert lead</source>
        <translation>Lead umwandeln</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lead is now an opportunity. Undo with Ctrl+Z.</source>
        <translation>Der Lead ist jetzt eine Verkaufschance. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not undo or redo that: %1</source>
        <translation>Dies konnte nicht rückgängig gemacht oder wiederholt werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No %1 match. Clear the search or the filter to see them all.</source>
        <translation>Keine passenden %1. Leeren Sie die Suche oder den Filter, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No %1 yet.
Press Ctrl+N to add the first one, or import a CSV file.</source>
        <translation>Noch keine %1.
Drücken Sie Strg+N, um den ersten Eintrag anzulegen, oder importieren Sie eine CSV-Datei.</translation>
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
            <numerusform> · %n Änderung noch nicht synchronisiert</numerusform>
            <numerusform> · %n Änderungen noch nicht synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync with the server now (F5)</source>
        <translation>Jetzt mit dem Server synchronisieren (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received %1 and sent %2 changes.</source>
        <translation>%1 Änderungen empfangen und %2 gesendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Synced at %1 · %n conflict(s) to resolve</source>
        <translation>
            <numerusform>Synchronisiert um %1 · %n Konflikt zu lösen</numerusform>
            <numerusform>Synchronisiert um %1 · %n Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes made here and on the server disagree: open Conflicts (Ctrl+Shift+C) to compare and choose.</source>
        <translation>Hier und auf dem Server vorgenommene Änderungen widersprechen sich: Öffnen Sie „Konflikte“ (Strg+Umschalt+C), um sie zu vergleichen und auszuwählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached (%1). Your changes are kept and go out at the next sync.</source>
        <translation>Der Server ist nicht erreichbar (%1). Ihre Änderungen bleiben erhalten und werden bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <location filename="../app/ui/settings/newkeydialog.cpp" line="+16"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key &quot;%1&quot; was created:</source>
        <translation>Der Schlüssel „%1“ wurde erstellt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Copy it now: it will not be shown again.&lt;/b&gt; OmnioTap keeps only a fingerprint of the key; if it is lost, revoke it and create a new one.</source>
        <translation>&lt;b&gt;Kopieren Sie ihn jetzt: Er wird nicht noch einmal angezeigt.&lt;/b&gt; OmnioTap speichert nur einen Fingerabdruck des Schlüssels; geht er verloren, widerrufen Sie ihn und erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <location filename="../app/ui/pipelineboard.cpp" line="+78"/>
        <source>1 opportunity</source>
        <translation>1 Verkaufschance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 opportunities</source>
        <translation>%1 Verkaufschancen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drag to another stage; double-click to open</source>
        <translation>In eine andere Phase ziehen; Doppelklick zum Öffnen</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../app/profile/profile.cpp" line="+31"/>
        <source>The profile %1 is not a folder.</source>
        <translation>Das Profil %1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: it has no valid profileId.</source>
        <translation>%1 ist beschädigt: Es enthält keine gültige profileId.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer OmnioTap (format %2).</source>
        <translation>%1 wurde von einer neueren OmnioTap-Version geschrieben (Format %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is damaged: the workspace server&apos;s port %2 is not valid.</source>
        <translation>%1 ist beschädigt: Der Port %2 des Arbeitsbereich-Servers ist ungültig.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProfileApiKey</name>
    <message>
        <location filename="../app/secrets/profileapikey.cpp" line="+16"/>
        <source>%1 Set %2 to use a key without a keychain.</source>
        <translation>%1 Setzen Sie %2, um einen Schlüssel ohne Schlüsselbund zu verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain (%1) holds no API key for this profile: run omniotap connect, or set %2.</source>
        <translation>Der Schlüsselbund (%1) enthält keinen API-Schlüssel für dieses Profil: Führen Sie omniotap connect aus oder setzen Sie %2.</translation>
    </message>
</context>
<context>
    <name>RateLimitTab</name>
    <message>
        <location filename="../app/ui/settings/ratelimittab.cpp" line="+28"/>
        <source>All API keys of the tenant share this limit; a request over it is refused with 429 until the window ends. The server&apos;s operator sets it (omniotap-server tenant set-rate-limit).</source>
        <translation>Alle API-Schlüssel des Mandanten teilen sich dieses Limit; Anfragen darüber hinaus werden bis zum Ende des Zeitfensters mit 429 abgelehnt. Der Betreiber des Servers legt es fest (omniotap-server tenant set-rate-limit).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit:</source>
        <translation>Limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This window:</source>
        <translation>Aktuelles Zeitfenster:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window ends:</source>
        <translation>Zeitfenster endet:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not load the tenant&apos;s settings.
%1</source>
        <translation>Die Einstellungen des Mandanten konnten nicht geladen werden.
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
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 requests per %2 seconds</source>
        <translation>%1 Anfragen pro %2 Sekunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 used, %2 left (counting this dialog&apos;s own requests)</source>
        <translation>%1 verbraucht, %2 verbleibend (einschließlich der Anfragen dieses Dialogs)</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <location filename="../app/ui/recordcommands.cpp" line="+20"/>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>RecordCsvMapper</name>
    <message>
        <location filename="../app/csv/recordcsvmapper.cpp" line="+83"/>
        <source>line 1: &quot;%1&quot; is not a field of %2 (columns: %3)</source>
        <translation>Zeile 1: „%1“ ist kein Feld von %2 (Spalten: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line 1: the column &quot;%1&quot; appears twice</source>
        <translation>Zeile 1: Die Spalte „%1“ kommt doppelt vor</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../app/ui/recordeditor.cpp" line="+57"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the changes made in this form</source>
        <translation>Die in diesem Formular vorgenommenen Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>id of a %1</source>
        <translation>ID (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New %1</source>
        <translation>%1 anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>RelatedLinks</name>
    <message>
        <location filename="../app/ui/relatedlinks.cpp" line="+53"/>
        <source>Open the customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the lead</source>
        <translation>Lead öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Convert to an opportunity</source>
        <translation>In Verkaufschance umwandeln</translation>
    </message>
</context>
<context>
    <name>RemoteServerPage</name>
    <message>
        <location filename="../app/ui/firststart/remoteserverpage.cpp" line="+20"/>
        <source>Connect to your team&apos;s server</source>
        <translation>Mit dem Server Ihres Teams verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your administrator for the server&apos;s address and an API key. The key is checked with the server, then kept in the system keychain.</source>
        <translation>Fragen Sie Ihren Administrator nach der Adresse des Servers und einem API-Schlüssel. Der Schlüssel wird beim Server geprüft und dann im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a server address: use http:// or https:// and a host name, for example https://crm.example.com.</source>
        <translation>„%1“ ist keine Serveradresse: Verwenden Sie http:// oder https:// und einen Hostnamen, zum Beispiel https://crm.example.com.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;p&gt;OmnioTap syncs with &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OmnioTap synchronisiert mit &lt;tt&gt;%1&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;OmnioTap syncs with &lt;tt&gt;%1&lt;/tt&gt;, workspace &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;OmnioTap synchronisiert mit &lt;tt&gt;%1&lt;/tt&gt;, Arbeitsbereich &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The first sync starts when the window opens; you can work while it runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die erste Synchronisierung beginnt, wenn sich das Fenster öffnet; Sie können währenddessen arbeiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;The keychain could not keep the API key&lt;/b&gt; (%1). OmnioTap will ask for it at each start.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Schlüsselbund konnte den API-Schlüssel nicht aufbewahren&lt;/b&gt; (%1). OmnioTap fragt bei jedem Start danach.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
</context>
<context>
    <name>ServerBinding</name>
    <message>
        <location filename="../app/profile/serverbinding.cpp" line="+16"/>
        <source>This profile belongs to tenant %1, and the key to tenant %2. Use another profile for that tenant.</source>
        <translation>Dieses Profil gehört zu Mandant %1, der Schlüssel zu Mandant %2. Verwenden Sie für diesen Mandanten ein anderes Profil.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Der lokale Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ServerKeyCheck</name>
    <message>
        <location filename="../app/net/serverkeycheck.cpp" line="+18"/>
        <source>%1 does not answer like an OmnioTap server.</source>
        <translation>%1 antwortet nicht wie ein OmnioTap-Server.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot reach %1: %2. Nothing was stored.</source>
        <translation>%1 ist nicht erreichbar: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the API key%1. Nothing was stored.</source>
        <translation>Der Server hat den API-Schlüssel abgelehnt%1. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key may not read this tenant&apos;s records%1. Nothing was stored.</source>
        <translation>Der API-Schlüssel darf die Datensätze dieses Mandanten nicht lesen%1. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is rate limiting this tenant; try again in %1 s. Nothing was stored.</source>
        <translation>Der Server drosselt die Anfragen dieses Mandanten; versuchen Sie es in %1 s erneut. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2%3. Nothing was stored.</source>
        <translation>%1 antwortete mit HTTP %2%3. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <location filename="../app/ui/settings/settingstext.cpp" line="+14"/>
        <source>The server could not be reached: %1</source>
        <translation>Der Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete mit %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StartChoicePage</name>
    <message>
        <location filename="../app/ui/firststart/startchoicepage.cpp" line="+11"/>
        <source>Where does your team&apos;s data live?</source>
        <translation>Wo liegen die Daten Ihres Teams?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OmnioTap keeps a copy of your records on this computer, so it works offline. It syncs them with a server that the whole team shares.</source>
        <translation>OmnioTap hält eine Kopie Ihrer Datensätze auf diesem Computer und funktioniert deshalb auch offline. Es gleicht sie mit einem Server ab, den das ganze Team teilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a workspace on this computer</source>
        <translation>Einen Arbeitsbereich auf diesem Computer starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a team without a server: this computer runs it while OmnioTap is open, and colleagues connect to it over the network.</source>
        <translation>Für ein Team ohne Server: Dieser Computer betreibt ihn, solange OmnioTap geöffnet ist, und Kollegen verbinden sich über das Netzwerk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your team already has an OmnioTap server: you need its address and an API key from its administrator.</source>
        <translation>Ihr Team hat bereits einen OmnioTap-Server: Sie brauchen seine Adresse und einen API-Schlüssel von seinem Administrator.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../app/cli/synccommand.cpp" line="+18"/>
        <source>Brings the local cache up to date with the server&apos;s changes, then sends the local changes to the server. Exit codes: 0 in step, 2 server unreachable (changes stay queued), 3 conflicts wait (see omniotap conflicts), 1 other errors.</source>
        <translation>Bringt den lokalen Cache mit den Änderungen des Servers auf den neuesten Stand und sendet dann die lokalen Änderungen an den Server. Exit-Codes: 0 synchron, 2 Server nicht erreichbar (Änderungen bleiben in der Warteschlange), 3 offene Konflikte (siehe omniotap conflicts), 1 andere Fehler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print one JSON object: {&quot;pulled&quot;, &quot;pushed&quot;, &quot;pending&quot;, &quot;conflicts&quot;, &quot;cursor&quot;}.</source>
        <translation>Ein JSON-Objekt ausgeben: {&quot;pulled&quot;, &quot;pushed&quot;, &quot;pending&quot;, &quot;conflicts&quot;, &quot;cursor&quot;}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This profile is not connected to a server: run omniotap connect --profile %1 --server URL first.</source>
        <translation>Dieses Profil ist mit keinem Server verbunden: Führen Sie zuerst omniotap connect --profile %1 --server URL aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The server is rate limiting this tenant; waiting %n second(s).</source>
        <translation>
            <numerusform>Der Server drosselt die Anfragen dieses Mandanten; warte %n Sekunde.</numerusform>
            <numerusform>Der Server drosselt die Anfragen dieses Mandanten; warte %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Offline: cannot reach %1 (%2). %n local change(s) stay queued.</source>
        <translation>
            <numerusform>Offline: %1 ist nicht erreichbar (%2). %n lokale Änderung bleibt in der Warteschlange.</numerusform>
            <numerusform>Offline: %1 ist nicht erreichbar (%2). %n lokale Änderungen bleiben in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Sync with %1 failed: %2. %n local change(s) stay queued.</source>
        <translation>
            <numerusform>Synchronisierung mit %1 fehlgeschlagen: %2. %n lokale Änderung bleibt in der Warteschlange.</numerusform>
            <numerusform>Synchronisierung mit %1 fehlgeschlagen: %2. %n lokale Änderungen bleiben in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Pulled %n change(s)</source>
        <translation>
            <numerusform>%n Änderung abgerufen</numerusform>
            <numerusform>%n Änderungen abgerufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, sent %n</source>
        <translation>
            <numerusform>, %n gesendet</numerusform>
            <numerusform>, %n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n conflict(s) wait for you: see omniotap conflicts</source>
        <translation>
            <numerusform>; %n Konflikt wartet auf Sie: siehe omniotap conflicts</numerusform>
            <numerusform>; %n Konflikte warten auf Sie: siehe omniotap conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n local change(s) held back until then)</source>
        <translation>
            <numerusform> (%n lokale Änderung wird bis dahin zurückgehalten)</numerusform>
            <numerusform> (%n lokale Änderungen werden bis dahin zurückgehalten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRequester</name>
    <message>
        <location filename="../app/sync/syncrequester.cpp" line="+44"/>
        <source>the server refused the API key (%1)</source>
        <translation>der Server hat den API-Schlüssel abgelehnt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server is still rate limiting this tenant after %1 waits</source>
        <translation>der Server drosselt die Anfragen dieses Mandanten auch nach %1 Wartezeiten noch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <location filename="../app/ui/syncworker.cpp" line="+35"/>
        <source>the local cache failed: %1</source>
        <translation>Fehler im lokalen Cache: %1</translation>
    </message>
</context>
<context>
    <name>TenantSettingsDialog</name>
    <message>
        <location filename="../app/ui/settings/tenantsettingsdialog.cpp" line="+43"/>
        <source>Tenant settings</source>
        <translation>Mandanteneinstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>Anfragelimit</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveriesView</name>
    <message>
        <location filename="../app/ui/settings/webhookdeliveriesview.cpp" line="+24"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status code</source>
        <translation>Statuscode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redeliver</source>
        <translation>Erneut zustellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected event again now, with the same webhook-id</source>
        <translation>Das ausgewählte Ereignis jetzt erneut senden, mit derselben webhook-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select an endpoint to see its deliveries.</source>
        <translation>Wählen Sie einen Endpunkt aus, um seine Zustellungen zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not load the delivery log.
%1</source>
        <translation>Das Zustellprotokoll konnte nicht geladen werden.
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No deliveries yet.</source>
        <translation>Noch keine Zustellungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deliveries: the latest %1 of %2 attempts</source>
        <translation>Zustellungen: die letzten %1 von %2 Versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries: %1 attempts</source>
        <translation>Zustellungen: %1 Versuche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (next try %2)</source>
        <translation>%1 (nächster Versuch %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
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
        <translation>Das Ereignis wurde nicht erneut zugestellt.
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event is on its way again; refresh the log to see the attempt.</source>
        <translation>Das Ereignis wird erneut zugestellt; aktualisieren Sie das Protokoll, um den Versuch zu sehen.</translation>
    </message>
</context>
<context>
    <name>WebhookEndpointDialog</name>
    <message>
        <location filename="../app/ui/settings/webhookendpointdialog.cpp" line="+43"/>
        <source>Webhook endpoint</source>
        <translation>Webhook-Endpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://example.com/hooks/omniotap</source>
        <translation>https://example.com/hooks/omniotap</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enabled: send events to this URL</source>
        <translation>Aktiviert: Ereignisse an diese URL senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All events, including those of future versions</source>
        <translation>Alle Ereignisse, auch die künftiger Versionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>WebhookSecretField</name>
    <message>
        <location filename="../app/ui/settings/webhooksecretfield.cpp" line="+18"/>
        <location line="+42"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+24"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server shows a secret only when the endpoint is created or the secret rotated. Rotate it to get a new one.</source>
        <translation>Der Server zeigt ein Geheimnis nur beim Anlegen des Endpunkts oder beim Rotieren des Geheimnisses an. Rotieren Sie es, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store this secret in your receiver now: it is not shown again after you close this window.</source>
        <translation>Hinterlegen Sie dieses Geheimnis jetzt in Ihrem Empfänger: Nach dem Schließen dieses Fensters wird es nicht mehr angezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
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
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add endpoint…</source>
        <translation>Endpunkt hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends a webhook.test event, even to a disabled endpoint</source>
        <translation>Sendet ein webhook.test-Ereignis, auch an einen deaktivierten Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new secret; the old one keeps signing beside it for 24 hours</source>
        <translation>Ein neues Geheimnis; das alte signiert 24 Stunden lang parallel weiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing secret:</source>
        <translation>Signaturgeheimnis:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not load the webhook endpoints.
%1</source>
        <translation>Die Webhook-Endpunkte konnten nicht geladen werden.
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: the receiver answered 410 Gone</source>
        <translation>Nein: Der Empfänger antwortete mit 410 Gone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: every delivery failed for days</source>
        <translation>Nein: Alle Zustellungen sind seit Tagen fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The endpoint was not added.
%1</source>
        <translation>Der Endpunkt wurde nicht hinzugefügt.
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added the endpoint. Its signing secret is below: store it in your receiver now.</source>
        <translation>Der Endpunkt wurde hinzugefügt. Sein Signaturgeheimnis steht unten: Hinterlegen Sie es jetzt in Ihrem Empfänger.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The endpoint was not saved.
%1</source>
        <translation>Der Endpunkt wurde nicht gespeichert.
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the endpoint.</source>
        <translation>Der Endpunkt wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The endpoint was not deleted.
%1</source>
        <translation>Der Endpunkt wurde nicht gelöscht.
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted the endpoint and the deliveries still queued for it.</source>
        <translation>Der Endpunkt und seine noch ausstehenden Zustellungen wurden gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The test event was not sent.
%1</source>
        <translation>Das Testereignis wurde nicht gesendet.
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test event %1 is on its way; its attempts show in the log below once made (Refresh).</source>
        <translation>Testereignis %1 ist unterwegs; seine Zustellversuche erscheinen unten im Protokoll, sobald sie erfolgt sind (Aktualisieren).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The secret was not rotated.
%1</source>
        <translation>Das Geheimnis wurde nicht rotiert.
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New secret made. For 24 hours every event carries signatures with both the old and the new secret, so receivers can switch over.</source>
        <translation>Neues Geheimnis erstellt. 24 Stunden lang trägt jedes Ereignis Signaturen mit dem alten und dem neuen Geheimnis, sodass Empfänger umstellen können.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add webhook endpoint</source>
        <translation>Webhook-Endpunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit webhook endpoint</source>
        <translation>Webhook-Endpunkt bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete webhook endpoint</source>
        <translation>Webhook-Endpunkt löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the endpoint %1? Events still queued for it are dropped.</source>
        <translation>Den Endpunkt %1 löschen? Noch ausstehende Ereignisse für ihn werden verworfen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rotate signing secret</source>
        <translation>Signaturgeheimnis rotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new signing secret for %1? The old one keeps signing beside it for 24 hours; update your receiver within that time.</source>
        <translation>Ein neues Signaturgeheimnis für %1 erstellen? Das alte signiert 24 Stunden lang parallel weiter; aktualisieren Sie Ihren Empfänger innerhalb dieser Zeit.</translation>
    </message>
</context>
<context>
    <name>WorkspaceServerIndicator</name>
    <message>
        <location filename="../app/ui/workspaceserverindicator.cpp" line="+18"/>
        <source>Workspace server: this computer only (port %1)</source>
        <translation>Arbeitsbereich-Server: nur dieser Computer (Port %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No network connection: colleagues can connect once this computer is on a network.</source>
        <translation>Keine Netzwerkverbindung: Kollegen können sich verbinden, sobald dieser Computer in einem Netzwerk ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colleagues cannot connect: the workspace listens on this computer only.</source>
        <translation>Kollegen können sich nicht verbinden: Der Arbeitsbereich ist nur auf diesem Computer erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colleagues connect at %1</source>
        <translation>Kollegen verbinden sich mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace server runs while OmnioTap is open. Addresses:
%1</source>
        <translation>Der Arbeitsbereich-Server läuft, solange OmnioTap geöffnet ist. Adressen:
%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workspace server stopped</source>
        <translation>Arbeitsbereich-Server gestoppt</translation>
    </message>
</context>
</TS>
