<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../editor/menus.py" line="+213"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Structure</source>
        <translation>&amp;Structuur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../editor/review/comment_anchors.py" line="+75"/>
        <source>Whole publication</source>
        <translation>Hele publicatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/diff.py" line="+533"/>
        <source>Publication details</source>
        <extracomment>Root fields shown by the &quot;Publication details&quot; and &quot;Introduction&quot; parts. Items whose fields are reported as their own; body blocks report under their owner. Keys that identify rather than describe; never reported as changed. Fields that hold items (compared one by one), not values. The runs of items, in the order the editor&apos;s navigator shows them. What each kind of part or item is called (messages: the command line translates them).</extracomment>
        <translation>Publicatiegegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intro &amp; key takeaways</source>
        <translation>Inleiding &amp; kernpunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/diff.py" line="+2"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/diff.py" line="+1"/>
        <source>Section</source>
        <translation>Sectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/diff.py" line="+1"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/diff.py" line="+1"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/diff.py" line="+1"/>
        <source>Colophon</source>
        <translation>Colofon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/diff.py" line="+1"/>
        <source>Theme</source>
        <translation>Vormgeving</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Untitled section</source>
        <translation>Sectie zonder titel</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Ter beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes requested</source>
        <translation>Wijzigingen gevraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed since approval</source>
        <translation>Gewijzigd na goedkeuring</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 open comment</source>
        <translation>1 open opmerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open comments</source>
        <translation>%1 open opmerkingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 reply</source>
        <translation>1 reactie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 replies</source>
        <translation>%1 reacties</translation>
    </message>
    <message>
        <location filename="../../editor/review/compare.py" line="+32"/>
        <source>Changes from “%1” (old) to this document (new)</source>
        <translation>Wijzigingen van “%1” (oud) naar dit document (nieuw)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fields changed</source>
        <translation>velden gewijzigd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added at position %1</source>
        <translation>Toegevoegd op plaats %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed from position %1</source>
        <translation>Verwijderd van plaats %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moved from position %1 to %2</source>
        <translation>Verplaatst van plaats %1 naar %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../editor/widgets/body_blocks.py" line="+148"/>
        <location filename="../../models/diff.py" line="+1"/>
        <source>Paragraph</source>
        <extracomment>What the UI calls each kind of body block (translated when shown).</extracomment>
        <translation>Alinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/diff.py" line="+1"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../editor/widgets/body_blocks.py" line="+21"/>
        <location filename="../../models/diff.py" line="+1"/>
        <source>Sub-heading</source>
        <translation>Tussenkop</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../editor/widgets/body_blocks.py" line="+32"/>
        <location filename="../../models/diff.py" line="+1"/>
        <source>Figure</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <location filename="../../editor/review/dialogs.py" line="+42"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name, shown with your comments and status changes:</source>
        <translation>Uw naam, zoals die bij uw opmerkingen en statuswijzigingen staat:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add comment</source>
        <translation>Opmerking toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on %1:</source>
        <translation>Opmerking bij %1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply to comment</source>
        <translation>Reageren op opmerking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to %1:</source>
        <translation>Reactie op %1:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change review status</source>
        <translation>Beoordelingsstatus wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the status to “%1”. Note (optional):</source>
        <translation>De status wordt “%1”. Toelichting (niet verplicht):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on this publication. Approve it anyway?</source>
        <translation>%1 bij deze publicatie. Toch goedkeuren?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve the comments first, or approve with them open.</source>
        <translation>Los de opmerkingen eerst op, of keur goed terwijl ze nog open staan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve anyway</source>
        <translation>Toch goedkeuren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not approved</source>
        <translation>Niet goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This publication is not approved (status: %1).</source>
        <translation>Deze publicatie is niet goedgekeurd (status: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported files may still change.</source>
        <translation>De geëxporteerde bestanden kunnen nog veranderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Export as draft” marks every page of the PDF and the top of the web page as a draft.</source>
        <translation>“Exporteren als concept” markeert elke pagina van de pdf en de bovenkant van de webpagina als concept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export anyway</source>
        <translation>Toch exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as draft</source>
        <translation>Exporteren als concept</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Podium publications (*.podium);;Project folders (publication.json)</source>
        <translation>Podium-publicaties (*.podium);;Projectmappen (publication.json)</translation>
    </message>
    <message>
        <location filename="../../editor/widgets/body_blocks.py" line="-161"/>
        <source>Same as the text around it</source>
        <extracomment>The sizes a figure can have, in the order the choice offers them.</extracomment>
        <translation>Zoals de tekst eromheen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Change language</source>
        <translation>Taal wijzigen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>How wide the figure is printed: the full text width, half of it, or small</source>
        <translation>Hoe breed de afbeelding wordt gedrukt: over de volle tekstbreedte, de helft daarvan of klein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One picture, or up to six: two or three stand side by side, more make a grid.</source>
        <translation>Eén foto, of maximaal zes: twee of drie staan naast elkaar, meer vormen een raster.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change figure size</source>
        <translation>Formaat van afbeelding wijzigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove figure</source>
        <translation>Afbeelding verwijderen</translation>
    </message>
    <message>
        <location filename="../../editor/widgets/body_list.py" line="+120"/>
        <source>Add item</source>
        <extracomment>Indent of a sub-item&apos;s row, in pixels. The publication&apos;s language now, for a new item&apos;s placeholder. (row, select its text, put the cursor at its end) to focus after the next refresh.</extracomment>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item at the end (or press Enter in an item)</source>
        <translation>Een punt toevoegen aan het eind (of druk op Enter in een punt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add list item</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove list item</source>
        <translation>Punt verwijderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indent list item</source>
        <translation>Punt inspringen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outdent list item</source>
        <translation>Punt terugzetten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move list item up</source>
        <translation>Punt omhoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move list item down</source>
        <translation>Punt omlaag</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>List item {n}</source>
        <translation>Punt {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-item {n}</source>
        <translation>Subpunt {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make item {n} a sub-item (Ctrl+])</source>
        <translation>Punt {n} inspringen (Ctrl+])</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make item {n} a main item (Ctrl+[)</source>
        <translation>Punt {n} terugzetten (Ctrl+[)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item {n}</source>
        <translation>Punt {n} verwijderen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter: next item · Backspace in an empty item: remove it · Ctrl+] / Ctrl+[: sub-item / main item · Alt+Up / Alt+Down: move it</source>
        <translation>Enter: volgend punt · Backspace in een leeg punt: verwijderen · Ctrl+] / Ctrl+[: inspringen / terugzetten · Alt+Omhoog / Alt+Omlaag: verplaatsen</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Number the items (1, 2, 3) instead of bullets</source>
        <translation>De punten nummeren (1, 2, 3) in plaats van opsommingstekens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered</source>
        <translation>Genummerd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bulleted list</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number the list</source>
        <translation>Lijst nummeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bullet the list</source>
        <translation>Lijst als opsomming</translation>
    </message>
    <message>
        <location filename="../../editor/help_menu.py" line="+167"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every keyboard shortcut</source>
        <translation>Alle sneltoetsen tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Podium</source>
        <translation>&amp;Over Podium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version of Podium, its licence and what it runs on</source>
        <translation>De versie van Podium, de licentie en waarop het draait</translation>
    </message>
    <message>
        <location filename="../../editor/house_style_setting.py" line="+127"/>
        <source>Podium house styles (*.podium-style)</source>
        <translation>Podium-huisstijlen (*.podium-style)</translation>
    </message>
    <message>
        <location filename="../../editor/pane_cycle.py" line="+31"/>
        <source>Next &amp;pane</source>
        <extracomment>A pane: the widget that holds it, and how to put the focus in it (``False``: it cannot).</extracomment>
        <translation>Volgend &amp;paneel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the next pane: navigator, form, preview</source>
        <translation>Naar het volgende paneel: navigator, formulier, voorbeeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious pane</source>
        <translation>&amp;Vorig paneel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to the previous pane</source>
        <translation>Naar het vorige paneel</translation>
    </message>
    <message>
        <location filename="../../editor/widgets/rich_text_link.py" line="+58"/>
        <source>Enter a web address or an e-mail address.</source>
        <extracomment>Asks for a link; ``None`` when the user cancels (replace it in tests).</extracomment>
        <translation>Vul een webadres of een e-mailadres in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address cannot contain spaces.</source>
        <translation>Een adres kan geen spaties bevatten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>This is not a web address.</source>
        <translation>Dit is geen webadres.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Only web addresses (https://, http://) and mailto: can be links.</source>
        <translation>Alleen webadressen (https://, http://) en mailto: kunnen een link zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail link needs an address with @, such as mailto:name@example.org.</source>
        <translation>Een e-maillink heeft een adres met @ nodig, zoals mailto:naam@example.org.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A web address needs a host name, such as https://example.org.</source>
        <translation>Een webadres heeft een domeinnaam nodig, zoals https://example.org.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit link</source>
        <translation>Link wijzigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert link</source>
        <translation>Link invoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address itself</source>
        <translation>Het adres zelf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove link</source>
        <translation>Link &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../editor/widgets/rich_text_toolbar.py" line="+28"/>
        <location line="+2"/>
        <source>Format</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click in a text with formatting to use this</source>
        <translation>Klik in een tekst met opmaak om dit te gebruiken</translation>
    </message>
    <message>
        <location filename="../../editor/autosave.py" line="+111"/>
        <location filename="../../editor/export_job.py" line="+63"/>
        <location filename="../../editor/importing/job.py" line="+61"/>
        <location filename="../../main.py" line="+693"/>
        <source>internal error (a bug in Podium): {kind}: {error}</source>
        <extracomment>A snapshot is journaled at most this long after the edit that made the document dirty.</extracomment>
        <translation>interne fout (een fout in Podium): {kind}: {error}</translation>
    </message>
    <message>
        <location filename="../../editor/widgets/image_list.py" line="+123"/>
        <source>the file {reason}</source>
        <extracomment>Asks for one or more picture files; an empty list when the user cancels.</extracomment>
        <translation>het bestand {reason}</translation>
    </message>
    <message>
        <location filename="../../main.py" line="-584"/>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unrecognized arguments: {arguments} (commands are: {commands})</source>
        <translation>onbekende argumenten: {arguments} (de opdrachten zijn: {commands})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{prog} [-h] [--version] [--review] [--example] [{file}]
       {prog} {command} [-h] ...</source>
        <translation>{prog} [-h] [--version] [--review] [--example] [{file}]
       {prog} {command} [-h] ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <location line="+32"/>
        <location line="+48"/>
        <location line="+19"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+30"/>
        <source>COMMAND</source>
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Open FILE ({project}) in the editor, or run a COMMAND.</source>
        <translation>Open BESTAND ({project}) in de editor, of voer een OPDRACHT uit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commands:
{commands}

&apos;podium COMMAND --help&apos; shows a command&apos;s options.</source>
        <translation>opdrachten:
{commands}

&apos;podium OPDRACHT --help&apos; toont de opties van een opdracht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open in review mode</source>
        <translation>openen om te beoordelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open a copy of the built-in sample publication (saving asks for a new name)</source>
        <translation>een kopie van de ingebouwde voorbeeldpublicatie openen (bij opslaan wordt om een nieuwe naam gevraagd)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show program&apos;s version number and exit</source>
        <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{project}; several with --out-dir</source>
        <translation>{project}; meerdere met --out-dir</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+44"/>
        <location line="+20"/>
        <source>OUT</source>
        <translation>UIT</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>write a PDF file here</source>
        <translation>hier een PDF-bestand schrijven</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write an HTML file here</source>
        <translation>hier een HTML-bestand schrijven</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export every FILE into DIR as NAME.pdf and/or NAME.html (both if neither --pdf nor --html is given); the folder is created if needed</source>
        <translation>elk BESTAND exporteren naar MAP als NAAM.pdf en/of NAAM.html (allebei als --pdf en --html ontbreken); de map wordt zo nodig gemaakt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>with --out-dir: export N projects at a time (default: one per CPU)</source>
        <translation>met --out-dir: N projecten tegelijk exporteren (standaard: één per processor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mark the output as a draft: a watermark on every PDF page, a banner on the web page</source>
        <translation>de uitvoer als concept markeren: een watermerk op elke PDF-pagina, een balk op de webpagina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export even if the preflight check finds errors (&apos;podium validate&apos; lists them)</source>
        <translation>ook exporteren als de controle vooraf fouten vindt (&apos;podium validate&apos; somt ze op)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>also list the words the Dutch or English dictionary does not know, one line each with where they are (advice: it never changes the exit code)</source>
        <translation>ook de woorden opsommen die het Nederlandse of Engelse woordenboek niet kent, elk op een regel met waar ze staan (een advies: de afsluitcode verandert er nooit door)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the project folder</source>
        <translation>de projectmap</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>FOLDER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+20"/>
        <source>the .podium file to write</source>
        <translation>het .podium-bestand dat geschreven wordt</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>the .podium file</source>
        <translation>het .podium-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder to write</source>
        <translation>de map die geschreven wordt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unpack into a folder that is not empty, replacing the project in it</source>
        <translation>uitpakken in een map die niet leeg is, en het project daarin vervangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the older version: {project}</source>
        <translation>de oudere versie: {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the newer version</source>
        <translation>de nieuwere versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEW</source>
        <translation>NIEUW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OLD</source>
        <translation>OUD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a .docx, .odt, .html/.htm, .md or .txt file</source>
        <translation>een .docx-, .odt-, .html/.htm-, .md- of .txt-bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOURCE</source>
        <translation>BRON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace OUT if it exists</source>
        <translation>UIT vervangen als het al bestaat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>for you alone, in ~/.local/share (the default)</source>
        <translation>alleen voor jou, in ~/.local/share (standaard)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>for every user, in /usr/local/share (as root)</source>
        <translation>voor alle gebruikers, in /usr/local/share (als root)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a whole number of at least 1, got {text}</source>
        <translation>verwacht een geheel getal van minstens 1, kreeg {text}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>argument --{option}: expected one argument (or use --out-dir DIR)</source>
        <translation>argument --{option}: verwacht één argument (of gebruik --out-dir MAP)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give --pdf OUT, --html OUT or both</source>
        <translation>geef --pdf UIT, --html UIT of allebei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>several projects need --out-dir DIR (they are named after the projects)</source>
        <translation>meerdere projecten vragen om --out-dir MAP (de bestanden krijgen de namen van de projecten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the editor needs a display; &apos;podium export&apos; and &apos;podium validate&apos; work without one</source>
        <translation>de editor heeft een beeldscherm nodig; &apos;podium export&apos; en &apos;podium validate&apos; werken zonder</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>is the project itself; choose another name</source>
        <translation>is het project zelf; kies een andere naam</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{summary} found: fix them, or export anyway with --force</source>
        <translation>{summary} gevonden: los ze op, of exporteer toch met --force</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>preflight: {summary} (&apos;podium validate FILE&apos; lists them)</source>
        <translation>controle vooraf: {summary} (&apos;podium validate BESTAND&apos; somt ze op)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+134"/>
        <location line="+8"/>
        <source>wrote {path}</source>
        <translation>{path} geschreven</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>is not a folder</source>
        <translation>is geen map</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{file}: not valid (1 problem)</source>
        <translation>{file}: niet geldig (1 probleem)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: not valid ({count} problems)</source>
        <translation>{file}: niet geldig ({count} problemen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: valid, but not ready to publish ({summary})</source>
        <translation>{file}: geldig, maar nog niet klaar om te publiceren ({summary})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file}: valid ({summary})</source>
        <translation>{file}: geldig ({summary})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: valid</source>
        <translation>{file}: geldig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: ‘{word}’ is not in the Dutch dictionary</source>
        <translation>{where}: ‘{word}’ staat niet in het Nederlandse woordenboek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: ‘{word}’ is not in the English dictionary</source>
        <translation>{where}: ‘{word}’ staat niet in het Engelse woordenboek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{line}; did you mean {suggestions}?</source>
        <translation>{line}; bedoel je {suggestions}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>spelling: 1 unknown word</source>
        <translation>spelling: 1 onbekend woord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spelling: {count} unknown words</source>
        <translation>spelling: {count} onbekende woorden</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+22"/>
        <source>is a folder; give a file name such as NAME.podium</source>
        <translation>is een map; geef een bestandsnaam zoals NAAM.podium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exists already; choose another name or add --force</source>
        <translation>bestaat al; kies een andere naam of voeg --force toe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 section</source>
        <translation>1 sectie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} sections</source>
        <translation>{count} secties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 speaker</source>
        <translation>1 spreker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} speakers</source>
        <translation>{count} sprekers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 thing to check</source>
        <translation>1 punt om na te kijken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} things to check</source>
        <translation>{count} punten om na te kijken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrote {path}: {sections}, {speakers}; {to_check}:</source>
        <translation>{path} geschreven: {sections}, {speakers}; {to_check}:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>install-desktop is for Linux desktops; on Windows and macOS the installer does it</source>
        <translation>install-desktop is voor Linux-bureaubladen; op Windows en macOS doet het installatieprogramma dat</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>warning: {name} is not approved (status: {status}); exported anyway (--draft marks the output as a draft)</source>
        <translation>waarschuwing: {name} is niet goedgekeurd (status: {status}); toch geëxporteerd (--draft markeert de uitvoer als concept)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no differences</source>
        <translation>geen verschillen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;podium validate FILE&apos; lists every problem</source>
        <translation>&apos;podium validate BESTAND&apos; somt alle problemen op</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>run with PODIUM_DEBUG=1 for details</source>
        <translation>voer uit met PODIUM_DEBUG=1 voor details</translation>
    </message>
    <message>
        <location filename="../../models/atomic_file.py" line="+88"/>
        <source>is a folder, not a regular file; Podium writes only to regular files</source>
        <translation>is een map, geen gewoon bestand; Podium schrijft alleen naar gewone bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a symbolic link, not a regular file; Podium writes only to regular files</source>
        <translation>is een symbolische koppeling, geen gewoon bestand; Podium schrijft alleen naar gewone bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a device, not a regular file; Podium writes only to regular files</source>
        <translation>is een apparaat, geen gewoon bestand; Podium schrijft alleen naar gewone bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a named pipe, not a regular file; Podium writes only to regular files</source>
        <translation>is een named pipe, geen gewoon bestand; Podium schrijft alleen naar gewone bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a socket, not a regular file; Podium writes only to regular files</source>
        <translation>is een socket, geen gewoon bestand; Podium schrijft alleen naar gewone bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a special file, not a regular file; Podium writes only to regular files</source>
        <translation>is een speciaal bestand, geen gewoon bestand; Podium schrijft alleen naar gewone bestanden</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>no free name for a temporary file</source>
        <translation>geen vrije naam voor een tijdelijk bestand</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>no free name for the backup</source>
        <translation>geen vrije naam voor de reservekopie</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its backup &apos;{name}&apos; is a folder, not a regular file; move it away to save here</source>
        <translation>de reservekopie ‘{name}’ is een map, geen gewoon bestand; verplaats die om hier op te slaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its backup &apos;{name}&apos; is a symbolic link, not a regular file; move it away to save here</source>
        <translation>de reservekopie ‘{name}’ is een symbolische koppeling, geen gewoon bestand; verplaats die om hier op te slaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its backup &apos;{name}&apos; is a device, not a regular file; move it away to save here</source>
        <translation>de reservekopie ‘{name}’ is een apparaat, geen gewoon bestand; verplaats dat om hier op te slaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its backup &apos;{name}&apos; is a named pipe, not a regular file; move it away to save here</source>
        <translation>de reservekopie ‘{name}’ is een named pipe, geen gewoon bestand; verplaats die om hier op te slaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its backup &apos;{name}&apos; is a socket, not a regular file; move it away to save here</source>
        <translation>de reservekopie ‘{name}’ is een socket, geen gewoon bestand; verplaats die om hier op te slaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its backup &apos;{name}&apos; is a special file, not a regular file; move it away to save here</source>
        <translation>de reservekopie ‘{name}’ is een speciaal bestand, geen gewoon bestand; verplaats dat om hier op te slaan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a folder</source>
        <translation>een map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a symbolic link</source>
        <translation>een symbolische koppeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a device</source>
        <translation>een apparaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a named pipe</source>
        <translation>een named pipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a special file</source>
        <translation>een speciaal bestand</translation>
    </message>
    <message>
        <location filename="../../models/diff.py" line="-10"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{part} “{label}”</source>
        <extracomment>The field each owner holds its items in when nothing else is said: &quot;in Part “X”&quot; is its sections, &quot;in Section “Y”&quot; its text; only a part&apos;s intro needs naming.</extracomment>
        <translation>{part} “{label}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{part} ({field})</source>
        <translation>{part} ({field})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>changed  {part}: {path}</source>
        <translation>gewijzigd    {part}: {path}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>added    {part} ({id}) at position {position}</source>
        <translation>toegevoegd   {part} ({id}) op plaats {position}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added    {part} ({id}) at position {position} in {place}</source>
        <translation>toegevoegd   {part} ({id}) op plaats {position} in {place}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>removed  {part} ({id}), was at position {position}</source>
        <translation>verwijderd   {part} ({id}), stond op plaats {position}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>removed  {part} ({id}), was at position {position} in {place}</source>
        <translation>verwijderd   {part} ({id}), stond op plaats {position} in {place}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>moved    {part} ({id}) from position {old} to {new}</source>
        <translation>verplaatst   {part} ({id}) van plaats {old} naar {new}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>moved    {part} ({id}) in {place} from position {old} to {new}</source>
        <translation>verplaatst   {part} ({id}) in {place} van plaats {old} naar {new}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>moved    {part} ({id}) from position {old} to position {new} in {new_place}</source>
        <translation>verplaatst   {part} ({id}) van plaats {old} naar plaats {new} in {new_place}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moved    {part} ({id}) from position {old} in {old_place} to position {new}</source>
        <translation>verplaatst   {part} ({id}) van plaats {old} in {old_place} naar plaats {new}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>moved    {part} ({id}) from position {old} in {old_place} to position {new} in {new_place}</source>
        <translation>verplaatst   {part} ({id}) van plaats {old} in {old_place} naar plaats {new} in {new_place}</translation>
    </message>
    <message>
        <location filename="../../models/house_style.py" line="+105"/>
        <location filename="../../models/importing/errors.py" line="+37"/>
        <location filename="../../models/project_file.py" line="+68"/>
        <location filename="../../exporters/batch.py" line="+170"/>
        <location line="+150"/>
        <source>{name}: {reason}</source>
        <extracomment>A logo is printed a few centimetres wide: 16 megapixels is far more than it needs. The logo&apos;s entry name by its format (models.images names the formats). The colophon&apos;s fields that describe the organisation, in the colophon&apos;s order. The resource folder of the house styles that ship with Podium. The house style that ships with Podium: calm colours, the default fonts, no logo.
----------
A text source (.txt, .md, .html) larger than this is refused unread: a report is some hundreds of kilobytes, and ten thousand pages of text is not a report. A word-processor file (.docx, .odt) on disk; photos make these larger than text. One XML part of a container (Word&apos;s document.xml, ODT&apos;s content.xml) once unpacked. One embedded image; the same as a project&apos;s asset. Blocks (paragraphs, list items, headings, images) a source may hold. A hundred pages hold about two thousand; each block becomes a model object, so this bounds memory. Images one source may embed.</extracomment>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>could not be saved ({detail})</source>
        <translation>kon niet worden opgeslagen ({detail})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>was not saved: it would not open again ({reason})</source>
        <translation>is niet opgeslagen: het zou niet meer opengaan ({reason})</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../models/importing/source.py" line="+76"/>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is too large ({size}); at most {most} is allowed</source>
        <translation>is te groot ({size}); hoogstens {most} is toegestaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is not a Podium house style (not a zip file)</source>
        <translation>dit is geen Podium-huisstijl (geen zipbestand)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../models/importing/source.py" line="+4"/>
        <location filename="../../models/project_file.py" line="+69"/>
        <source>cannot be read ({detail})</source>
        <translation>kan niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is a folder, not a house style file</source>
        <extracomment>What an opened path that is not a regular file is, by :func:`models.atomic_file.file_kind`, as a whole sentence for each kind (so each is translated whole).</extracomment>
        <translation>is een map, geen huisstijlbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a symbolic link, not a house style file</source>
        <translation>is een symbolische koppeling, geen huisstijlbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a device, not a house style file</source>
        <translation>is een apparaat, geen huisstijlbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a named pipe, not a house style file</source>
        <translation>is een named pipe, geen huisstijlbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a socket, not a house style file</source>
        <translation>is een socket, geen huisstijlbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a special file, not a house style file</source>
        <translation>is een speciaal bestand, geen huisstijlbestand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is {kind}, not a house style file</source>
        <translation>is {kind}, geen huisstijlbestand</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this is not a Podium house style (no &apos;mimetype&apos; entry)</source>
        <translation>dit is geen Podium-huisstijl (geen item ‘mimetype’)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected entry &apos;{entry}&apos;</source>
        <translation>onverwacht item ‘{entry}’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no &apos;{file}&apos;</source>
        <translation>het bestand bevat geen ‘{file}’</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the logo named in {file} and the logo in the file do not agree</source>
        <translation>het logo dat in {file} staat en het logo in het bestand komen niet overeen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the logo {reason}</source>
        <translation>het logo {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the logo is {width} × {height} pixels; a logo may have at most {most} million</source>
        <translation>het logo is {width} × {height} pixels; een logo mag er hoogstens {most} miljoen hebben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file} is not valid UTF-8 text</source>
        <translation>{file} is geen geldige UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is nested too deeply</source>
        <translation>{file} is te diep genest</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is not valid JSON ({detail})</source>
        <translation>{file} is geen geldige JSON ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a Podium house style (wrong format)</source>
        <translation>dit is geen Podium-huisstijl (verkeerd formaat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this house style was made by another version of Podium: update Podium</source>
        <translation>deze huisstijl is gemaakt met een andere versie van Podium: werk Podium bij</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is not valid: {problem}</source>
        <translation>{file} is niet geldig: {problem}</translation>
    </message>
    <message>
        <location filename="../../models/images.py" line="+161"/>
        <source>an EPS (PostScript) file</source>
        <extracomment>More than any camera a report&apos;s photos come from; larger images are refused unread. The quality of a photo re-encoded to apply its rotation: visually the same as the camera&apos;s. The formats that may be decoded, by the name Pillow gives them. The asset-name extension of each allowed format (``jpeg`` is accepted too). Pillow&apos;s plugin module of each allowed format, imported at the first image of that format. Magic numbers of formats that are refused, to name them in the message.</extracomment>
        <translation>een EPS-bestand (PostScript)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a TIFF image</source>
        <translation>een TIFF-afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG 2000 image</source>
        <translation>een JPEG 2000-afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG XL image</source>
        <translation>een JPEG XL-afbeelding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a PostScript file</source>
        <extracomment>Refused formats by their magic numbers, named as a noun phrase that completes &quot;is …&quot; (a message: it is translated, as a whole phrase, with the sentence it is part of).</extracomment>
        <translation>een PostScript-bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PDF document</source>
        <translation>een PDF-document</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a BMP image</source>
        <translation>een BMP-afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Photoshop (PSD) file</source>
        <translation>een Photoshop-bestand (PSD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ICO icon</source>
        <translation>een ICO-pictogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CUR cursor</source>
        <translation>een CUR-muisaanwijzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WMF drawing</source>
        <translation>een WMF-tekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ICNS icon</source>
        <translation>een ICNS-pictogram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a QOI image</source>
        <translation>een QOI-afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a DDS texture</source>
        <translation>een DDS-textuur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a zip archive</source>
        <translation>een zipbestand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an EMF drawing</source>
        <translation>een EMF-tekening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PNM image</source>
        <translation>een PNM-afbeelding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an AVIF image</source>
        <translation>een AVIF-afbeelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a HEIC image</source>
        <translation>een HEIC-afbeelding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an SVG drawing</source>
        <translation>een SVG-tekening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a text file</source>
        <translation>een tekstbestand</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>is {what}; only PNG, JPEG, GIF and WebP images are allowed</source>
        <translation>is {what}; alleen afbeeldingen in PNG, JPEG, GIF en WebP zijn toegestaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a PNG, JPEG, GIF or WebP image; only PNG, JPEG, GIF and WebP images are allowed</source>
        <translation>is geen afbeelding in PNG, JPEG, GIF of WebP; alleen afbeeldingen in PNG, JPEG, GIF en WebP zijn toegestaan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>has too many pixels ({width} × {height}; at most {most} million are allowed)</source>
        <translation>heeft te veel pixels ({width} × {height}; hoogstens {most} miljoen zijn toegestaan)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>has too many pixels (a decompression bomb?)</source>
        <translation>heeft te veel pixels (een decompressiebom?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is too large to decode</source>
        <translation>is te groot om te decoderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is damaged or incomplete ({detail})</source>
        <translation>is beschadigd of onvolledig ({detail})</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>is a {format} image but is named &apos;.{suffix}&apos;; the name must match the format</source>
        <translation>is een {format}-afbeelding maar heet ‘.{suffix}’; de naam moet bij het formaat passen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>cannot be prepared for publishing ({detail})</source>
        <extracomment>The SHA-256 of the last bytes objects prepared, by identity: every export asks for each photo again (with the same bytes object, the project&apos;s), and hashing a camera photo per use cost more than the rest of its IR. The bytes are kept, so an id is never reused (while the project is open they are its own; at most :data:`_PREPARED_BYTES` after).</extracomment>
        <translation>kan niet worden voorbereid om te publiceren ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/importing/containers.py" line="+55"/>
        <source>the file embeds more than {count} images</source>
        <translation>het bestand bevat meer dan {count} ingesloten afbeeldingen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;{part}&apos; declares a DTD or entities, which are refused (they can expand without end or read other files)</source>
        <translation>‘{part}’ declareert een DTD of entiteiten, en die worden geweigerd (ze kunnen eindeloos uitdijen of andere bestanden lezen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{part}&apos; is damaged (not well-formed XML)</source>
        <translation>‘{part}’ is beschadigd (geen welgevormde XML)</translation>
    </message>
    <message>
        <location filename="../../models/importing/docx_reader.py" line="+61"/>
        <source>this is not a Word document (no word/document.xml)</source>
        <translation>dit is geen Word-document (geen word/document.xml)</translation>
    </message>
    <message>
        <location filename="../../models/importing/errors.py" line="+16"/>
        <source>the file is too large to import ({size}; at most {most})</source>
        <translation>het bestand is te groot om te importeren ({size}; hoogstens {most})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the text has more than {count} paragraphs</source>
        <translation>de tekst heeft meer dan {count} alinea&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document has more than {count} paragraphs</source>
        <translation>het document heeft meer dan {count} alinea&apos;s</translation>
    </message>
    <message>
        <location filename="../../models/importing/html_reader.py" line="+217"/>
        <source>an embedded image is larger than 64 MiB</source>
        <translation>een ingesloten afbeelding is groter dan 64 MiB</translation>
    </message>
    <message>
        <location filename="../../models/importing/mapping.py" line="+113"/>
        <source>the document cannot become a publication ({where}: {detail})</source>
        <extracomment>The longest piece a paragraph is cut into when it is longer: half of what a field may hold (the models&apos; limit, in characters), as escaping may double it. A heading the mapping made from a line followed by a byline: a section title. The report&apos;s kind of line for each role a byline gives. Where a report line&apos;s guess stands in the publication, for an editor to show it: the kind of entry (&quot;details&quot;, &quot;intro&quot;, &quot;speaker&quot;, &quot;section&quot;, &quot;quote&quot;, &quot;colophon&quot;) and, for a speaker, section or quote, its id.</extracomment>
        <translation>van het document kan geen publicatie worden gemaakt ({where}: {detail})</translation>
    </message>
    <message>
        <location filename="../../models/importing/odt_reader.py" line="+102"/>
        <source>this is not an OpenDocument text (no content.xml)</source>
        <extracomment>Elements whose content is not part of the text: deletions kept for change tracking, comments, declarations, generated indexes (their entries repeat the headings). Quotation styles: LibreOffice&apos;s &quot;Quotations&quot;, Word&apos;s &quot;Quote&quot;, &quot;Block Quotation&quot;, generated names such as docutils&apos; &quot;rststyle-blockquote&quot;.</extracomment>
        <translation>dit is geen OpenDocument-tekst (geen content.xml)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is not an OpenDocument text (it holds no text document)</source>
        <translation>dit is geen OpenDocument-tekst (er zit geen tekstdocument in)</translation>
    </message>
    <message>
        <location filename="../../models/importing/source.py" line="-42"/>
        <source>this is not a Word document (not a zip container)</source>
        <extracomment>The extensions Podium imports, and what each is called in messages. The formats that are zips of XML, and the refusal of a file that is not one.</extracomment>
        <translation>dit is geen Word-document (geen zipbestand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not an OpenDocument text (not a zip container)</source>
        <translation>dit is geen OpenDocument-tekst (geen zipbestand)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a folder, not a file to import</source>
        <extracomment>What an opened path that is not a regular file is, by :func:`file_kind`, as a whole sentence for each kind (so each is translated whole).</extracomment>
        <translation>is een map, geen bestand om te importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a symbolic link, not a file to import</source>
        <translation>is een symbolische koppeling, geen bestand om te importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a device, not a file to import</source>
        <translation>is een apparaat, geen bestand om te importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a named pipe, not a file to import</source>
        <translation>is een named pipe, geen bestand om te importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a socket, not a file to import</source>
        <translation>is een socket, geen bestand om te importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a special file, not a file to import</source>
        <translation>is een speciaal bestand, geen bestand om te importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is too complex to import</source>
        <extracomment>A source whose nesting or size exhausts the parser (recursion or memory).</extracomment>
        <translation>is te ingewikkeld om te importeren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>is a folder, not a file</source>
        <translation>is een map, geen bestand</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot import &apos;{suffix}&apos; files ({known})</source>
        <translation>kan geen ‘{suffix}’-bestanden importeren ({known})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot import &apos;no extension&apos; files ({known})</source>
        <translation>kan geen bestanden zonder extensie importeren ({known})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>is {kind}, not a file to import</source>
        <translation>is {kind}, geen bestand om te importeren</translation>
    </message>
    <message>
        <location filename="../../models/lock.py" line="+69"/>
        <source>someone unknown (the lock file cannot be read)</source>
        <extracomment>A lock file is a few hundred bytes; anything much larger is not one, and is not read. Host and user names longer than this are not names (hostnames have at most 255 bytes). Process ids are C ``pid_t`` values: positive and below 2**31 on every system Podium runs on. ``link()`` errors meaning &quot;this file system has no hard links&quot; (FAT, exFAT, some SMB shares). How long to wait for another process&apos;s folder guard, which is held for microseconds; one that stays taken (a stuck or hostile process) makes a take-over give up, never hang.</extracomment>
        <translation>iemand onbekends (het vergrendelingsbestand kan niet worden gelezen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{user} on {host} (process {pid})</source>
        <translation>{user} op {host} (proces {pid})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation>{user} op {host} (proces {pid}) sinds {since}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} is open by {holder}</source>
        <translation>{name} is geopend door {holder}</translation>
    </message>
    <message>
        <location filename="../../models/operations.py" line="+58"/>
        <source>speaker &apos;{speaker}&apos; is still named in: {places}</source>
        <extracomment>The kinds of block a body holds that can be made from nothing (a figure needs pictures). List fields whose new entry is one text, and the placeholder it starts with. List fields that hold a body (:mod:`models.body`): a new entry is a paragraph block.</extracomment>
        <translation>spreker ‘{speaker}’ wordt nog genoemd in: {places}</translation>
    </message>
    <message>
        <location line="+421"/>
        <source>a part cannot hold a part</source>
        <translation>een onderdeel kan geen onderdeel bevatten</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>every speaker is already listed</source>
        <translation>alle sprekers staan er al</translation>
    </message>
    <message>
        <location filename="../../models/preflight.py" line="+150"/>
        <source>error: {finding}</source>
        <extracomment>Below this many dots per inch at its printed size, a photo looks soft on paper. About three lines of the cover title (26 pt) on a 150 mm measure. Every finding, by kind, in English: ``{place}`` is where it is (&quot;Quote 2 (‘…’)&quot;), ``{field}`` the field; a message that names neither gets them in front (see :func:`models.labels.compose`). The editor words each kind through its translator (``editor/problem_text.py``). What the one kind of fix says, in English (``{size}``: a key of :data:`SIZE_WORDS`&apos;s values, ``{dpi}``: the resolution it gives).</extracomment>
        <translation>fout: {finding}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: {finding}</source>
        <translation>waarschuwing: {finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info: {finding}</source>
        <translation>info: {finding}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>1 error</source>
        <translation>1 fout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} errors</source>
        <translation>{count} fouten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 warning</source>
        <translation>1 waarschuwing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} warnings</source>
        <translation>{count} waarschuwingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 note</source>
        <translation>1 opmerking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} notes</source>
        <translation>{count} opmerkingen</translation>
    </message>
    <message>
        <location filename="../../models/project.py" line="+26"/>
        <source>&apos;.{ext}&apos; images are not supported (use PNG, JPEG, GIF or WebP)</source>
        <translation>afbeeldingen met ‘.{ext}’ worden niet ondersteund (gebruik PNG, JPEG, GIF of WebP)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is a {kind} image, not a &apos;.{ext}&apos; one</source>
        <translation>het bestand is een {kind}-afbeelding, geen ‘.{ext}’-afbeelding</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is {what}; only PNG, JPEG, GIF and WebP images are allowed</source>
        <translation>het bestand is {what}; alleen afbeeldingen in PNG, JPEG, GIF en WebP zijn toegestaan</translation>
    </message>
    <message>
        <location filename="../../models/project_file.py" line="-50"/>
        <source>this file was made by a newer Podium (format version {version}; this Podium reads up to version {supported}). Update Podium to open it.</source>
        <translation>dit bestand is gemaakt met een nieuwere Podium (formaatversie {version}; deze Podium leest tot en met versie {supported}). Werk Podium bij om het te openen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the publication is not valid</source>
        <translation>de publicatie is niet geldig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the publication is not valid: {problem}</source>
        <translation>de publicatie is niet geldig: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the publication is not valid: {problem} (and 1 more problem)</source>
        <translation>de publicatie is niet geldig: {problem} (en nog 1 probleem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the publication is not valid: {problem} (and {count} more problems)</source>
        <translation>de publicatie is niet geldig: {problem} (en nog {count} problemen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no such file or folder</source>
        <translation>bestand of map bestaat niet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>is a folder, not a project file or folder</source>
        <translation>is een map, geen projectbestand of projectmap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a symbolic link, not a project file or folder</source>
        <translation>is een symbolische koppeling, geen projectbestand of projectmap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a device, not a project file or folder</source>
        <translation>is een apparaat, geen projectbestand of projectmap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a named pipe, not a project file or folder</source>
        <translation>is een named pipe, geen projectbestand of projectmap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a socket, not a project file or folder</source>
        <translation>is een socket, geen projectbestand of projectmap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a special file, not a project file or folder</source>
        <translation>is een speciaal bestand, geen projectbestand of projectmap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{name}&apos; is a folder, not an ordinary file</source>
        <translation>‘{name}’ is een map, geen gewoon bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; is a symbolic link, not an ordinary file</source>
        <translation>‘{name}’ is een symbolische koppeling, geen gewoon bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; is a device, not an ordinary file</source>
        <translation>‘{name}’ is een apparaat, geen gewoon bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; is a named pipe, not an ordinary file</source>
        <translation>‘{name}’ is een named pipe, geen gewoon bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; is a socket, not an ordinary file</source>
        <translation>‘{name}’ is een socket, geen gewoon bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{name}&apos; is a special file, not an ordinary file</source>
        <translation>‘{name}’ is een speciaal bestand, geen gewoon bestand</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this is not a Podium project (not a zip container)</source>
        <translation>dit is geen Podium-project (geen zipbestand)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this is not a Podium project (no &apos;mimetype&apos; entry first)</source>
        <translation>dit is geen Podium-project (het eerste item is niet ‘mimetype’)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a Podium project (wrong mimetype)</source>
        <translation>dit is geen Podium-project (verkeerd mimetype)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file has no &apos;{name}&apos;</source>
        <translation>het bestand bevat geen ‘{name}’</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>entry &apos;{name}&apos; is not an image named by its content hash</source>
        <translation>item ‘{name}’ is geen afbeelding met de hash van de inhoud als naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected entry &apos;{name}&apos; in the project</source>
        <translation>onverwacht item ‘{name}’ in het project</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{name}&apos; is a link; Podium does not follow links in a project</source>
        <translation>‘{name}’ is een koppeling; Podium volgt geen koppelingen in een project</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder has no &apos;{name}&apos;</source>
        <translation>de map bevat geen ‘{name}’</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its &apos;assets&apos; folder is a link; Podium does not follow links in a project</source>
        <translation>de map ‘assets’ is een koppeling; Podium volgt geen koppelingen in een project</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the assets folder has more than {most} files; at most {most} are allowed</source>
        <translation>de map assets bevat meer dan {most} bestanden; er mogen er hoogstens {most} in</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the project holds more than {size}</source>
        <translation>het project bevat meer dan {size}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;{name}&apos; is too large ({size}); at most {most} is allowed</source>
        <translation>‘{name}’ is te groot ({size}); hoogstens {most} is toegestaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>publication.json has no valid &apos;schema_version&apos;</source>
        <translation>publication.json heeft geen geldige ‘schema_version’</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>image &apos;{name}&apos; is damaged (its content does not match its name)</source>
        <translation>afbeelding ‘{name}’ is beschadigd (de inhoud past niet bij de naam)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>image &apos;{name}&apos; is missing from the project</source>
        <translation>afbeelding ‘{name}’ ontbreekt in het project</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>image &apos;{name}&apos; {reason}</source>
        <translation>afbeelding ‘{name}’ {reason}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>publication.json is not valid UTF-8 text (byte {byte})</source>
        <translation>publication.json is geen geldige UTF-8-tekst (byte {byte})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>publication.json is nested too deeply ({depth} levels)</source>
        <translation>publication.json is te diep genest ({depth} niveaus)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>publication.json is not valid JSON: {detail} at line {line}, column {column}</source>
        <translation>publication.json is geen geldige JSON: {detail} op regel {line}, kolom {column}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>publication.json is not valid JSON: it holds a number that is too long</source>
        <translation>publication.json is geen geldige JSON: er staat een getal in dat te lang is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publication.json must hold a JSON object</source>
        <translation>publication.json moet een JSON-object bevatten</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>image &apos;{name}&apos; is not in the project</source>
        <extracomment>A JSON string, escapes included; one that is never closed runs to the end of the text. Everything but a bracket. How a bracket changes the depth.</extracomment>
        <translation>afbeelding ‘{name}’ zit niet in het project</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>could not be saved ({detail}); the previous version is unchanged</source>
        <translation>kon niet worden opgeslagen ({detail}); de vorige versie is niet veranderd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not be saved ({detail}); nothing was saved</source>
        <translation>kon niet worden opgeslagen ({detail}); er is niets opgeslagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not be saved: what was written would not open again ({reason}); the previous version is unchanged</source>
        <translation>kon niet worden opgeslagen: wat geschreven is, zou niet meer opengaan ({reason}); de vorige versie is niet veranderd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not be saved: what was written would not open again ({reason}); nothing was saved</source>
        <translation>kon niet worden opgeslagen: wat geschreven is, zou niet meer opengaan ({reason}); er is niets opgeslagen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;assets&apos; in the project folder is not a folder</source>
        <translation>‘assets’ in de projectmap is geen map</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;{name}&apos; is a symbolic link; Podium does not write or delete through links in a project folder</source>
        <translation>‘{name}’ is een symbolische koppeling; Podium schrijft of verwijdert niets via koppelingen in een projectmap</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>could not be saved: &apos;{name}&apos; in the project folder {reason}</source>
        <translation>kon niet worden opgeslagen: ‘{name}’ in de projectmap {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;{name}&apos; would be larger than {size} MiB</source>
        <translation>‘{name}’ zou groter worden dan {size} MiB</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>is not a project folder</source>
        <translation>is geen projectmap</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>exists and is not a folder</source>
        <translation>bestaat al en is geen map</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>already holds a project; choose an empty folder, or unpack over it with --force</source>
        <translation>bevat al een project; kies een lege map, of pak erover uit met --force</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is a folder that holds other files; choose an empty folder, or unpack over it with --force</source>
        <translation>is een map met andere bestanden; kies een lege map, of pak erover uit met --force</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot be created ({detail})</source>
        <translation>kan niet worden gemaakt ({detail})</translation>
    </message>
    <message>
        <location filename="../../models/recovery.py" line="+96"/>
        <source>the autosave would not open again ({reason}); the previous autosave is unchanged</source>
        <translation>de automatisch opgeslagen kopie zou niet meer opengaan ({reason}); de vorige is niet veranderd</translation>
    </message>
    <message>
        <location filename="../../models/safe_zip.py" line="+109"/>
        <source>{size} byte</source>
        <translation>{size} byte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>entry &apos;{name}&apos; is too large ({size}); at most {most} is allowed</source>
        <translation>item ‘{name}’ is te groot ({size}); hoogstens {most} is toegestaan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry &apos;{name}&apos; is damaged (it claims more data than the file holds)</source>
        <translation>item ‘{name}’ is beschadigd (het zegt meer gegevens te hebben dan het bestand bevat)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry &apos;{name}&apos; uses a zip feature that Podium cannot read</source>
        <translation>item ‘{name}’ gebruikt een zipfunctie die Podium niet kan lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;{name}&apos; is damaged ({detail})</source>
        <translation>item ‘{name}’ is beschadigd ({detail})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry &apos;{name}&apos; is larger than it claims</source>
        <translation>item ‘{name}’ is groter dan het zegt te zijn</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the file is damaged or incomplete (truncated zip)</source>
        <translation>het bestand is beschadigd of onvolledig (afgekapt zipbestand)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has {count} entries; at most {most} are allowed</source>
        <translation>het bestand bevat {count} items; hoogstens {most} zijn toegestaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is damaged (its end record points to the wrong place)</source>
        <translation>het bestand is beschadigd (het slotrecord wijst naar de verkeerde plek)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file&apos;s list of entries is too large ({size})</source>
        <translation>de lijst met items van het bestand is te groot ({size})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the file is damaged (it says it holds {declared} entries, but lists {count})</source>
        <translation>het bestand is beschadigd (het zegt {declared} items te bevatten, maar noemt er {count})</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the file is damaged or incomplete (its list of entries is cut short)</source>
        <translation>het bestand is beschadigd of onvolledig (de lijst met items is afgekapt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is damaged (its list of entries is broken)</source>
        <translation>het bestand is beschadigd (de lijst met items is kapot)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file has more than {most} entries; at most {most} are allowed</source>
        <translation>het bestand bevat meer dan {most} items; hoogstens {most} zijn toegestaan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file holds the same entry twice</source>
        <translation>het bestand bevat hetzelfde item twee keer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry &apos;{name}&apos; is encrypted; it cannot be opened</source>
        <translation>item ‘{name}’ is versleuteld; het kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry &apos;{name}&apos; uses an unsupported compression</source>
        <translation>item ‘{name}’ gebruikt een compressie die niet wordt ondersteund</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry &apos;{name}&apos; expands suspiciously far (a zip bomb?)</source>
        <translation>item ‘{name}’ pakt verdacht groot uit (een zipbom?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file expands suspiciously far (a zip bomb?)</source>
        <translation>het bestand pakt verdacht groot uit (een zipbom?)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>entry &apos;{name}&apos; has a damaged name</source>
        <translation>item ‘{name}’ heeft een beschadigde naam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;{name}&apos; uses backslashes; refusing to read it</source>
        <translation>item ‘{name}’ gebruikt backslashes; het wordt niet gelezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry &apos;{name}&apos; has an absolute path; refusing to read it</source>
        <translation>item ‘{name}’ heeft een absoluut pad; het wordt niet gelezen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>entry &apos;{name}&apos; points outside the file (&apos;..&apos;)</source>
        <translation>item ‘{name}’ wijst naar buiten het bestand (‘..’)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;{name}&apos; points outside the project (&apos;..&apos;)</source>
        <translation>item ‘{name}’ wijst naar buiten het project (‘..’)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;{name}&apos; points outside the house style (&apos;..&apos;)</source>
        <translation>item ‘{name}’ wijst naar buiten de huisstijl (‘..’)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;{name}&apos; points outside the document (&apos;..&apos;)</source>
        <translation>item ‘{name}’ wijst naar buiten het document (‘..’)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry &apos;{name}&apos; points outside the {noun} (&apos;..&apos;)</source>
        <translation>item ‘{name}’ wijst naar buiten {noun} (‘..’)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is one part of an archive split over several files</source>
        <translation>het bestand is één deel van een archief dat over meerdere bestanden is verdeeld</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file unpacks to more than {size}</source>
        <translation>het bestand pakt uit tot meer dan {size}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is damaged or uses a zip feature that Podium cannot read</source>
        <translation>het bestand is beschadigd of gebruikt een zipfunctie die Podium niet kan lezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is damaged (an entry&apos;s name is not valid text)</source>
        <translation>het bestand is beschadigd (de naam van een item is geen geldige tekst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be read ({detail})</source>
        <translation>het bestand kan niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged ({detail})</source>
        <translation>het bestand is beschadigd ({detail})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it cannot be read: {detail}</source>
        <translation>het kan niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its checksum does not match its contents</source>
        <translation>de controlesom past niet bij de inhoud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is cut short</source>
        <translation>het is afgekapt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its compressed data is broken</source>
        <translation>de gecomprimeerde gegevens zijn kapot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name is not valid text</source>
        <translation>een naam is geen geldige tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its structure is broken</source>
        <translation>de opbouw is kapot</translation>
    </message>
    <message>
        <location filename="../../models/search.py" line="+618"/>
        <source>{where}: would be empty</source>
        <extracomment>Characters of context shown on each side of a hit. Root fields that hold no text a reader reads: review comments, the spelling dictionary. How a field&apos;s annotation is walked: &quot;rich&quot;/&quot;plain&quot; text (or a tuple of them), &quot;model&quot; (a model or a tuple of models), or left out. pydantic&apos;s error types for a text or list below its minimum length.</extracomment>
        <translation>{where}: zou leeg worden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/templates.py" line="+38"/>
        <source>there is no template &apos;{name}&apos;; choose one of: {choices}</source>
        <extracomment>The resource folder the templates live in. The templates, in the order they are offered.</extracomment>
        <translation>er is geen sjabloon ‘{name}’; kies uit: {choices}</translation>
    </message>
    <message>
        <location filename="../../exporters/batch.py" line="-283"/>
        <source>not approved (status: draft)</source>
        <extracomment>The note on a project exported although it is not approved, by its review status (:data:`models.review.Status`), a whole sentence each so that each is translated whole.</extracomment>
        <translation>niet goedgekeurd (status: concept)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not approved (status: in review)</source>
        <translation>niet goedgekeurd (status: ter beoordeling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not approved (status: changes requested)</source>
        <translation>niet goedgekeurd (status: wijzigingen gevraagd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not approved (status: changed since approval)</source>
        <translation>niet goedgekeurd (status: gewijzigd na goedkeuring)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{first} and {second} would both be exported as &apos;{name}&apos; in {folder}; export them separately or rename one</source>
        <translation>{first} en {second} zouden allebei als ‘{name}’ in {folder} worden geëxporteerd; exporteer ze apart of geef er een een andere naam</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{summary} found, e.g. {example} (--force exports anyway)</source>
        <translation>{summary} gevonden, bijvoorbeeld {example} (--force exporteert toch)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>preflight: {summary}</source>
        <translation>controle vooraf: {summary}</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../exporters/export.py" line="+220"/>
        <source>internal error (a bug in Podium): {kind}: {detail}</source>
        <translation>interne fout (een fout in Podium): {kind}: {detail}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not approved (status: {status})</source>
        <translation>niet goedgekeurd (status: {status})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a worker process died (out of memory?)</source>
        <translation>een werkproces is gestopt (geheugen vol?)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>exported {done} of {count} project</source>
        <translation>{done} van {count} project geëxporteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported {done} of {count} projects</source>
        <translation>{done} van {count} projecten geëxporteerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} file</source>
        <translation>{count} bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} files</source>
        <translation>{count} bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} job</source>
        <translation>{count} proces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} jobs</source>
        <translation>{count} processen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{projects} ({files}) in {seconds} s with {jobs}</source>
        <translation>{projects} ({files}) in {seconds} s met {jobs}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{names} and {count} more</source>
        <translation>{names} en nog {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{summary}; {count} failed: {names}</source>
        <translation>{summary}; {count} mislukt: {names}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{count} failed: {reason}</source>
        <translation>{count} mislukt: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} {name} -&gt; {written} ({seconds} s; {notes})</source>
        <translation>{count} {name} -&gt; {written} ({seconds} s; {notes})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} {name} -&gt; {written} ({seconds} s)</source>
        <translation>{count} {name} -&gt; {written} ({seconds} s)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{done}/{total}, {failed} failed</source>
        <translation>{done}/{total}, {failed} mislukt</translation>
    </message>
    <message>
        <location filename="../../exporters/export.py" line="-184"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the PDF and the HTML cannot be written to the same file</source>
        <translation>de PDF en de HTML kunnen niet naar hetzelfde bestand worden geschreven</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+24"/>
        <source>PDF: {reason}</source>
        <translation>PDF: {reason}</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>HTML: {reason}</source>
        <translation>HTML: {reason}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>is a folder; give a file name</source>
        <translation>is een map; geef een bestandsnaam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder &apos;{folder}&apos; does not exist</source>
        <translation>de map ‘{folder}’ bestaat niet</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot be written ({detail})</source>
        <translation>kan niet worden geschreven ({detail})</translation>
    </message>
    <message>
        <location filename="../../exporters/html.py" line="+291"/>
        <source>the PDF link {link} must be a relative or http(s) address</source>
        <extracomment>The id of ``&lt;main&gt;``. Block ids never hold ``_``, so the renderer&apos;s own ids cannot clash. The id of the colophon&apos;s heading (one colophon per page). The JavaScript of the print button; the CSP allows exactly this handler by its hash. ``@page`` margins when the page is printed from a browser, per theme margin preset. Stands in for the ``@font-face`` rules until the page&apos;s text is known. Autoescape turns every &quot;&lt;&quot; of user text into &quot;&amp;lt;&quot;, so no user text can spell it.</extracomment>
        <translation>de PDF-link {link} moet een relatief adres of een http(s)-adres zijn</translation>
    </message>
    <message>
        <location filename="../../exporters/pdf/document.py" line="+188"/>
        <source>part of the publication does not fit on a page: {detail}</source>
        <translation>een deel van de publicatie past niet op een pagina: {detail}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../editor/help_menu.py" line="-38"/>
        <source>About Podium</source>
        <translation>Over Podium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(version unknown: not installed as a package)</source>
        <translation>(versie onbekend: niet als pakket geïnstalleerd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not stated in the package</source>
        <translation>niet vermeld in het pakket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An editor for structured publications, with PDF and HTML export.</source>
        <translation>Een editor voor gestructureerde publicaties, met export naar pdf en html.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: %1</source>
        <translation>Licentie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1, PySide %2, Python %3</source>
        <translation>Qt %1, PySide %2, Python %3</translation>
    </message>
</context>
<context>
    <name>ArgParse</name>
    <message>
        <location filename="../../main.py" line="-624"/>
        <source>usage: </source>
        <extracomment>argparse&apos;s own words (it asks gettext for them, here :func:`_argparse_words`).</extracomment>
        <translation>gebruik: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>deze hulptekst tonen en stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten ontbreken: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <location filename="../../editor/binding.py" line="+193"/>
        <source>Edit “{field}”</source>
        <extracomment>The publication&apos;s fields other than its blocks. The model value when the field last showed an error; while the model still holds it, a refresh keeps the user&apos;s (invalid) text in the widget. The model value the field was last given: a refresh passes on only a changed value, so a keystroke costs the fields it changed, not every field of the form.</extracomment>
        <translation>“{field}” bewerken</translation>
    </message>
</context>
<context>
    <name>Binding</name>
    <message>
        <location line="-105"/>
        <source>Every speaker is already listed; add new people under Speakers.</source>
        <extracomment>A problem addressed relative to the field that shows it. New asset files that an edit brings along: (bytes, extension) pairs.</extracomment>
        <translation>Alle sprekers staan er al; voeg nieuwe mensen toe onder Sprekers.</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../../editor/widgets/body_editor.py" line="+104"/>
        <source>No text yet. Add a paragraph, a list, a sub-heading or a figure.</source>
        <extracomment>Makes the editor of one block kind. Where to focus after the next refresh: (block index, loc inside it, select the text). The block last edited: a click on the toolbar moves the focus away from it (to the form&apos;s scroll area), yet the new block belongs after it.</extracomment>
        <translation>Nog geen tekst. Voeg een alinea, lijst, tussenkop of afbeelding toe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>after the block being edited</source>
        <translation>na het blok dat u bewerkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paragraph</source>
        <translation>Alinea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a paragraph {where} (Ctrl+Alt+0)</source>
        <translation>Een alinea toevoegen {where} (Ctrl+Alt+0)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a bulleted list {where} (Ctrl+Shift+8)</source>
        <translation>Een opsomming toevoegen {where} (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a numbered list {where} (Ctrl+Shift+7)</source>
        <translation>Een genummerde lijst toevoegen {where} (Ctrl+Shift+7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Heading</source>
        <translation>Tussenkop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a sub-heading {where} (Ctrl+Alt+2)</source>
        <translation>Een tussenkop toevoegen {where} (Ctrl+Alt+2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figure…</source>
        <translation>Afbeelding…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add one or more pictures {where} (Ctrl+Alt+F)</source>
        <translation>Een of meer afbeeldingen toevoegen {where} (Ctrl+Alt+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add:</source>
        <translation>Toevoegen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bulleted list</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A figure holds at most {n} pictures.</source>
        <translation>Een afbeeldingsblok bevat hoogstens {n} foto’s.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot add {file}: {why}</source>
        <translation>Kan {file} niet toevoegen: {why}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+56"/>
        <source>Add figure</source>
        <translation>Afbeelding toevoegen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Move block up</source>
        <translation>Blok omhoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move block down</source>
        <translation>Blok omlaag</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add paragraph</source>
        <translation>Alinea toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add list</source>
        <translation>Lijst toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add sub-heading</source>
        <translation>Tussenkop toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove paragraph</source>
        <translation>Alinea verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove list</source>
        <translation>Lijst verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove sub-heading</source>
        <translation>Tussenkop verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove figure</source>
        <translation>Afbeelding verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paragraph</source>
        <translation>Alinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sub-heading</source>
        <translation>Tussenkop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure</source>
        <translation>Afbeelding</translation>
    </message>
</context>
<context>
    <name>BylineEditor</name>
    <message>
        <location filename="../../editor/widgets/byline_editor.py" line="+40"/>
        <source>Composed from the people and their roles, in the text&apos;s language</source>
        <translation>Samengesteld uit de personen en hun rol, in de taal van de tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words of your own, e.g. when the usual wording does not fit</source>
        <translation>Eigen woorden, bijvoorbeeld als de gewone formulering niet past</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No byline, e.g. when the text itself names the speaker</source>
        <translation>Geen naamregel, bijvoorbeeld als de tekst de spreker zelf noemt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The byline as it should be printed</source>
        <translation>De naamregel zoals die gedrukt moet worden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Byline as printed</source>
        <translation>Naamregel zoals gedrukt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change byline</source>
        <translation>Naamregel wijzigen</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../main.py" line="-44"/>
        <source>write a project as PDF and/or HTML</source>
        <translation>een project als PDF en/of HTML schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a project and list every problem in it</source>
        <translation>een project controleren en alle problemen erin opsommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the JSON Schema of publication.json</source>
        <translation>het JSON-schema van publication.json tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn a project folder into a .podium file</source>
        <translation>een projectmap omzetten in een .podium-bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn a .podium file into a project folder</source>
        <translation>een .podium-bestand omzetten in een projectmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show what changed between two versions of a project</source>
        <translation>tonen wat er veranderde tussen twee versies van een project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make a new project from a Word, OpenDocument, web page, Markdown or text file</source>
        <translation>een nieuw project maken van een Word-, OpenDocument-, webpagina-, Markdown- of tekstbestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>register Podium and the .podium file type with the Linux desktop</source>
        <translation>Podium en het bestandstype .podium aanmelden bij het Linux-bureaublad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remove what install-desktop registered</source>
        <translation>weghalen wat install-desktop aanmeldde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a .podium file or a project folder</source>
        <translation>een .podium-bestand of een projectmap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>draft</source>
        <extracomment>The languages Podium speaks (as editor/i18n.py&apos;s, which needs Qt); the code&apos;s are English. A review status as the export warning names it (:data:`models.review.Status`).</extracomment>
        <translation>concept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in review</source>
        <translation>ter beoordeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes requested</source>
        <translation>wijzigingen gevraagd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed since approval</source>
        <translation>gewijzigd na goedkeuring</translation>
    </message>
</context>
<context>
    <name>ColophonForm</name>
    <message>
        <location filename="../../editor/forms/colophon.py" line="+23"/>
        <source>Colophon</source>
        <translation>Colofon</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <location filename="../../editor/widgets/colour_field.py" line="+21"/>
        <location line="+25"/>
        <source>Choose a colour</source>
        <extracomment>Asks for a colour, starting at the given one; ``None`` when the user cancels.</extracomment>
        <translation>Kies een kleur</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../editor/review/compare.py" line="+68"/>
        <source>Compare with %1</source>
        <translation>Vergelijken met %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
</context>
<context>
    <name>ConnectorField</name>
    <message>
        <location filename="../../editor/widgets/connector_field.py" line="+37"/>
        <source>The word between a speaker&apos;s role and organisation in bylines</source>
        <extracomment>Reads the publication&apos;s language (the words offered follow it).</extracomment>
        <translation>Het woord tussen de functie en de organisatie van een spreker in naamregels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change connector</source>
        <translation>Verbindingswoord wijzigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{word} (the usual word)</source>
        <translation>{word} (het gebruikelijke woord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(comma)</source>
        <translation>(komma)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../editor/widgets/simple_fields.py" line="+201"/>
        <location line="+1"/>
        <source>No date</source>
        <extracomment>Keys people type between day, month and year.</extracomment>
        <translation>Geen datum</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../editor/forms/details.py" line="+22"/>
        <source>Publication details</source>
        <translation>Publicatiegegevens</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../editor/files.py" line="+58"/>
        <source>Unsaved changes</source>
        <extracomment>The second built-in example, of another shape: a day in parts, with workshops and a panel.</extracomment>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>De wijzigingen in “%1” opslaan voordat u het sluit?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open publication</source>
        <translation>Publicatie openen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Podium publications (*.podium)</source>
        <translation>Podium-publicaties (*.podium)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Open project folder</source>
        <translation>Projectmap openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save publication as</source>
        <translation>Publicatie opslaan als</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export PDF</source>
        <translation>Pdf exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export HTML</source>
        <translation>HTML exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web pages (*.html)</source>
        <translation>Webpagina’s (*.html)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete speaker</source>
        <translation>Spreker verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is named in:</source>
        <translation>“%1” wordt genoemd in:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete and remove from these</source>
        <translation>Verwijderen, ook uit deze plaatsen</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../editor/export_notice.py" line="+38"/>
        <source>&amp;Open</source>
        <extracomment>Opens a URL with the desktop (``True`` when it could).</extracomment>
        <translation>O&amp;penen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the exported file with its usual program</source>
        <translation>Het geëxporteerde bestand openen met het gebruikelijke programma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in fol&amp;der</source>
        <translation>In &amp;map tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder the file was exported to</source>
        <translation>De map openen waarin het bestand is geëxporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Close notice</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export finished</source>
        <translation>Export klaar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../editor/widgets/field_editor.py" line="+60"/>
        <source>Problem</source>
        <extracomment>True for editors made of other editors (lists, records). How many field editors were ever made: rows that an edit adds are made of editors, so a form whose count is unchanged since it ordered its Tab stops needs no new order.</extracomment>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../models/field_wording.py" line="+33"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Ondertitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication date</source>
        <translation>Publicatiedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publisher</source>
        <translation>Uitgever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key takeaways</source>
        <translation>Kernpunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead sentence</source>
        <translation>Inleidende zin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Takeaways</source>
        <translation>Kernpunten</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+5"/>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Honorific</source>
        <translation>Aanspreektitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video links</source>
        <translation>Videolinks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Linktekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access note</source>
        <translation>Toelichting bij toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternative text</source>
        <translation>Alternatieve tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decorative only</source>
        <translation>Alleen decoratief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Bijschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribution</source>
        <translation>Toeschrijving</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Visiting address</source>
        <translation>Bezoekadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary colour</source>
        <translation>Hoofdkleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>Accentkleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body font</source>
        <translation>Lettertype tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading font</source>
        <translation>Lettertype koppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size</source>
        <translation>Paginaformaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover</source>
        <translation>Omslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover image</source>
        <translation>Omslagafbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the public web page</source>
        <translation>Op de openbare webpagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byline</source>
        <translation>Naamregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed byline</source>
        <translation>Eigen naamregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word before the organisation</source>
        <translation>Woord vóór de organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>paragraph</source>
        <extracomment>What one entry of a list field is called (&quot;Add takeaway&quot;).</extracomment>
        <translation>Alinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>takeaway</source>
        <translation>Kernpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit</source>
        <translation>Creditregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dutch (Nederlands)</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Engels (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow</source>
        <translation>Smal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wide</source>
        <translation>Breed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title on white</source>
        <translation>Titel op wit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title on a colour band</source>
        <translation>Titel op een gekleurde band</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover page of its own</source>
        <translation>Eigen omslagpagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show it with its access note</source>
        <translation>Tonen met de toelichting bij toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show it without the access note</source>
        <translation>Tonen zonder de toelichting bij toegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it out (PDF only)</source>
        <translation>Weglaten (alleen in de pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel member</source>
        <translation>Panellid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With thanks to</source>
        <translation>Met dank aan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typed</source>
        <translation>Eigen tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full width</source>
        <translation>Volle breedte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half width</source>
        <translation>Halve breedte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail</source>
        <translation>Klein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the publication</source>
        <extracomment>How the &quot;inherit&quot; choice (``None``) is shown.</extracomment>
        <translation>Zoals de publicatie</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../editor/files.py" line="+42"/>
        <location line="+60"/>
        <location line="+30"/>
        <source>Cannot open</source>
        <extracomment>A document opened from a damaged file&apos;s backup, and that file (Save as offers it).</extracomment>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>House style not applied</source>
        <translation>Huisstijl niet toegepast</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Opened the backup of “%1” as an untitled copy; “%1” is unchanged.</source>
        <translation>De reservekopie van “%1” is geopend als naamloze kopie; “%1” zelf is niet veranderd.</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+55"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cannot save</source>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot revert</source>
        <translation>Kan niet terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <location filename="../../editor/file_safety.py" line="+119"/>
        <source>Cannot save</source>
        <extracomment>Shows a message in the status bar for a number of milliseconds (0: until replaced).</extracomment>
        <translation>Kan niet opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is open by %2. Save under another name.</source>
        <translation>“%1” is geopend door %2. Sla het op onder een andere naam.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Read-only: the file is open elsewhere. Use Save as to keep a copy.</source>
        <translation>Alleen-lezen: het bestand is elders geopend. Kies Opslaan als om een kopie te bewaren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisch opslaan mislukt: %1</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../../editor/widgets/find_panel.py" line="+110"/>
        <source>Find in the whole publication</source>
        <extracomment>The row&apos;s hit as (before, found, after), for the snippet column&apos;s bold match.</extracomment>
        <translation>Zoeken in de hele publicatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match &amp;case</source>
        <translation>&amp;Hoofdlettergevoelig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Hele &amp;woorden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the selected match and go to the next</source>
        <translation>De gekozen treffer vervangen en naar de volgende gaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;all</source>
        <translation>&amp;Alles vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace every match, as one undo step</source>
        <translation>Alle treffers vervangen, in één stap terug te draaien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace &amp;with:</source>
        <translation>Vervangen &amp;door:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matches</source>
        <translation>Treffers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where each match is; activate one to go to its field</source>
        <translation>Waar elke treffer staat; activeer er een om naar het veld te gaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Read-only: replacing is not possible now</source>
        <translation>Alleen-lezen: vervangen kan nu niet</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <location filename="../../editor/find_replace.py" line="+93"/>
        <source>Find and replace</source>
        <extracomment>Quiet time after an edit before the hits are looked for again. Quiet time after a keystroke in the find field before looking (a search of a long publication for a short query takes tens of milliseconds). Hits listed at most; F3 goes on to the rest. Listing costs about 0.1 ms a row, and a list of thousands (every &quot;de&quot;) helps nobody: the count says how many there are.</extracomment>
        <translation>Zoeken en vervangen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find text anywhere in the publication</source>
        <translation>Tekst zoeken in de hele publicatie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R&amp;eplace…</source>
        <translation>V&amp;ervangen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find text and replace it, one match or all of them</source>
        <translation>Tekst zoeken en vervangen, één treffer of allemaal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find &amp;next</source>
        <translation>Vo&amp;lgende zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next match</source>
        <translation>Naar de volgende treffer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find pre&amp;vious</source>
        <translation>Vo&amp;rige zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous match</source>
        <translation>Naar de vorige treffer</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>… and %1 more: make the search narrower</source>
        <translation>… en nog %1: zoek gerichter</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>No matches</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 found</source>
        <translation>%1 gevonden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Replacing would leave %1 empty.</source>
        <translation>Na het vervangen zou %1 leeg zijn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacing would make %1 invalid.</source>
        <translation>Na het vervangen zou %1 ongeldig zijn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not replaced: the text changed meanwhile, or the formatting around them could not be kept.</source>
        <translation>%1 niet vervangen: de tekst is intussen gewijzigd, of de opmaak eromheen bleef niet behouden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace ‘%1’ with ‘%2’ (%3×)</source>
        <translation>‘%1’ vervangen door ‘%2’ (%3×)</translation>
    </message>
</context>
<context>
    <name>FloatingWindow</name>
    <message>
        <location filename="../../editor/preview/floating.py" line="+19"/>
        <source>Preview — Podium</source>
        <translation>Voorvertoning — Podium</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../editor/forms/base.py" line="+72"/>
        <source>This item no longer exists.</source>
        <translation>Dit onderdeel bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../editor/forms/__init__.py" line="+50"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts, sections and quotes appear in this order. Add, move or delete them in the navigator or the Structure menu; drag sections and quotes into a part to group them under its heading. Select one to edit it.</source>
        <translation>Onderdelen, secties en citaten verschijnen in deze volgorde. Voeg ze toe, verplaats of verwijder ze in de navigator of het menu Structuur; sleep secties en citaten in een onderdeel om ze onder de kop daarvan te groeperen. Selecteer er een om die te bewerken.</translation>
    </message>
</context>
<context>
    <name>HouseStyleActions</name>
    <message>
        <location filename="../../editor/house_style_actions.py" line="+53"/>
        <source>Save &amp;house style…</source>
        <translation>&amp;Huisstijl opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the theme, logo and organisation details as a house style file</source>
        <translation>Het thema, het logo en de gegevens van de organisatie opslaan als huisstijlbestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply house st&amp;yle</source>
        <translation>Huisst&amp;ijl toepassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the publication a house style&apos;s theme, logo and organisation details</source>
        <translation>De publicatie het thema, het logo en de organisatiegegevens van een huisstijl geven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Neutral (comes with Podium)</source>
        <translation>&amp;Neutraal (meegeleverd met Podium)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From &amp;file…</source>
        <translation>Uit &amp;bestand…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>House style</source>
        <translation>Huisstijl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save house style</source>
        <translation>Huisstijl kan niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot apply house style</source>
        <translation>Huisstijl kan niet worden toegepast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply house style “%1”</source>
        <translation>Huisstijl “%1” toepassen</translation>
    </message>
</context>
<context>
    <name>HouseStyleChoice</name>
    <message>
        <location filename="../../editor/house_style_setting.py" line="-58"/>
        <source>House style for new publications</source>
        <translation>Huisstijl voor nieuwe publicaties</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>None (Podium&apos;s default look)</source>
        <extracomment>Asks for a ``.podium-style`` file; tests replace it.</extracomment>
        <translation>Geen (standaarduiterlijk van Podium)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral (comes with Podium)</source>
        <translation>Neutraal (meegeleverd met Podium)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a house style</source>
        <translation>Huisstijl kiezen</translation>
    </message>
</context>
<context>
    <name>ImageListEditor</name>
    <message>
        <location filename="../../editor/widgets/image_list.py" line="-55"/>
        <location line="+144"/>
        <source>Add image</source>
        <extracomment>Asks for a picture file; ``None`` when the user cancels. Reads the project&apos;s current assets (name → bytes).</extracomment>
        <translation>Afbeelding toevoegen</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+14"/>
        <source>Images ({patterns})</source>
        <translation>Afbeeldingen ({patterns})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add figure</source>
        <translation>Afbeelding toevoegen</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Add image…</source>
        <translation>Afbeelding toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a picture, or drop picture files here</source>
        <translation>Kies een afbeelding, of sleep afbeeldingsbestanden hierheen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot add {file}: {why}</source>
        <translation>Kan {file} niet toevoegen: {why}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add {count} images</source>
        <translation>{count} afbeeldingen toevoegen</translation>
    </message>
</context>
<context>
    <name>ImageRecord</name>
    <message>
        <location line="-42"/>
        <source>(image file missing)</source>
        <translation>(afbeeldingsbestand ontbreekt)</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../editor/importing/controller.py" line="+132"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new publication from a Word, OpenDocument, web, Markdown or text file</source>
        <translation>Een nieuwe publicatie maken van een Word-, OpenDocument-, web-, Markdown- of tekstbestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste as &amp;new publication</source>
        <translation>Plakken als &amp;nieuwe publicatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a new publication from the text or web page on the clipboard</source>
        <translation>Een nieuwe publicatie maken van de tekst of webpagina op het klembord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show import &amp;report</source>
        <translation>Import&amp;verslag tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show again what the import guessed, to check it</source>
        <translation>Opnieuw tonen wat de import heeft geraden, om het te controleren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>pasted text</source>
        <translation>geplakte tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds no text to import.</source>
        <translation>Het klembord bevat geen tekst om te importeren.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+89"/>
        <location line="+14"/>
        <source>Cannot import</source>
        <translation>Kan niet importeren</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Leave review mode to import a document.</source>
        <translation>Verlaat de beoordelingsmodus om een document te importeren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+24"/>
        <source>Importing “%1”…</source>
        <translation>“%1” importeren…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Import cancelled</source>
        <translation>Import geannuleerd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Import %1</source>
        <translation>%1 importeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The publication is read-only: the import was not applied.</source>
        <translation>De publicatie is alleen-lezen: de import is niet toegepast.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported “%1”: check the %2 guesses in the import report.</source>
        <translation>“%1” geïmporteerd: controleer de %2 gissingen in het importverslag.</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <location line="-251"/>
        <source>Documents to import (%1)</source>
        <extracomment>A source this large shows its progress dialog at once; a smaller one only when its import takes longer than :data:`PROGRESS_DELAY_MS`. Widgets where Ctrl+V means &quot;paste here&quot; (they also take the key before the shortcut).</extracomment>
        <translation>Te importeren documenten (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word documents (%1)</source>
        <translation>Word-documenten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument texts (%1)</source>
        <translation>OpenDocument-teksten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (%1)</source>
        <translation>Webpagina’s (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown files (%1)</source>
        <translation>Markdown-bestanden (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (%1)</source>
        <translation>Tekstbestanden (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import document</source>
        <translation>Document importeren</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../models/importing/report_wording.py" line="+26"/>
        <source>the first heading ‘{text}’ became the title</source>
        <extracomment>Every kind of report line (:data:`models.importing.notes.TEMPLATES`), with the same English and placeholders.</extracomment>
        <translation>de eerste kop ‘{text}’ is de titel geworden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the first line ‘{text}’ became the title</source>
        <translation>de eerste regel ‘{text}’ is de titel geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no title found: the publication is called ‘{title}’ for now</source>
        <translation>geen titel gevonden: de publicatie heet voorlopig ‘{title}’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‘{text}’ became the publication date</source>
        <translation>‘{text}’ is de publicatiedatum geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date found: the publication date is today ({date})</source>
        <translation>geen datum gevonden: de publicatiedatum is vandaag ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‘{text}’ repeated the title {count} time (a page header?); kept once, as the title</source>
        <translation>‘{text}’ herhaalde de titel {count} keer (een paginakop?); één keer bewaard, als de titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>‘{text}’ repeated the title {count} times (a page header?); kept once, as the title</source>
        <translation>‘{text}’ herhaalde de titel {count} keer (een paginakop?); één keer bewaard, als de titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>front matter line ‘{line}’ was not read</source>
        <translation>front-matterregel ‘{line}’ is niet gelezen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>front matter ‘{key}: {value}’ has no place in a publication</source>
        <translation>front matter ‘{key}: {value}’ heeft geen plaats in een publicatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>front matter date ‘{value}’ is not a date Podium reads</source>
        <translation>front-matterdatum ‘{value}’ is geen datum die Podium kan lezen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>‘{text}’ became speaker {name}</source>
        <translation>‘{text}’ is spreker {name} geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‘{text}’ became moderator {name}</source>
        <translation>‘{text}’ is moderator {name} geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‘{text}’ became panel member {name}</source>
        <translation>‘{text}’ is panellid {name} geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‘{text}’ became interviewer {name}</source>
        <translation>‘{text}’ is interviewer {name} geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‘{text}’ became with thanks to {name}</source>
        <translation>‘{text}’ is een dankwoord aan {name} geworden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>‘{text}’ became a pull quote by ‘{attribution}’</source>
        <translation>‘{text}’ is een citaat van ‘{attribution}’ geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list after the intro&apos;s ‘…:’ paragraph became the key takeaways ({count} points)</source>
        <translation>de lijst na de alinea ‘…:’ in de inleiding is overgenomen als de kernpunten ({count} punten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the list under ‘{heading}’ became the key takeaways ({count} points)</source>
        <translation>de lijst onder ‘{heading}’ is overgenomen als de kernpunten ({count} punten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list under ‘{heading}’ became the takeaways of ‘{section}’ ({count} points)</source>
        <translation>de lijst onder ‘{heading}’ is overgenomen als de kernpunten van ‘{section}’ ({count} punten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the list under ‘{heading}’ became the takeaways of an untitled section ({count} points)</source>
        <translation>de lijst onder ‘{heading}’ is overgenomen als de kernpunten van een sectie zonder titel ({count} punten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the list under the byline became the takeaways of ‘{section}’ ({count} points)</source>
        <translation>de lijst onder de naamregel is overgenomen als de kernpunten van ‘{section}’ ({count} punten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the list under the byline became the takeaways of an untitled section ({count} points)</source>
        <translation>de lijst onder de naamregel is overgenomen als de kernpunten van een sectie zonder titel ({count} punten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>‘{text}’ became the colophon&apos;s organisation</source>
        <translation>‘{text}’ is de organisatie in het colofon geworden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the colophon was read: {fields}</source>
        <translation>het colofon is gelezen: {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the colophon was read: {fields}; credit lines: {credits}</source>
        <translation>het colofon is gelezen: {fields}; regels met medewerkers: {credits}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the colophon was read: no field</source>
        <translation>het colofon is gelezen: geen enkel veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the colophon was read: no field; credit lines: {credits}</source>
        <translation>het colofon is gelezen: geen enkel veld; regels met medewerkers: {credits}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>link to ‘{target}’ is relative: its text was kept, not the link</source>
        <translation>link naar ‘{target}’ is relatief: de tekst is bewaard, de link niet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>image ‘{image}’ was not fetched (remote: {url}); add it by hand</source>
        <translation>afbeelding ‘{image}’ is niet opgehaald (op internet: {url}); voeg haar zelf toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an image was not fetched (remote: {url}); add it by hand</source>
        <translation>een afbeelding is niet opgehaald (op internet: {url}); voeg haar zelf toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>image ‘{image}’ was not imported (‘{url}’ is not in the file)</source>
        <translation>afbeelding ‘{image}’ is niet geïmporteerd (‘{url}’ zit niet in het bestand)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an image was not imported (‘{url}’ is not in the file)</source>
        <translation>een afbeelding is niet geïmporteerd (‘{url}’ zit niet in het bestand)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>image ‘{image}’ was refused: it {reason}</source>
        <translation>afbeelding ‘{image}’ is geweigerd (it {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an image was refused: it {reason}</source>
        <translation>een afbeelding is geweigerd (it {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image ‘{image}’ has no description: marked decorative; describe it if it is not</source>
        <translation>afbeelding ‘{image}’ heeft geen beschrijving: gemarkeerd als decoratief; beschrijf haar als ze dat niet is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an image has no description: marked decorative; describe it if it is not</source>
        <translation>een afbeelding heeft geen beschrijving: gemarkeerd als decoratief; beschrijf haar als ze dat niet is</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>image ‘{name}’ is missing from the document</source>
        <translation>afbeelding ‘{name}’ ontbreekt in het document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an embedded object (a chart or formula) was not imported</source>
        <translation>een ingesloten object (een grafiek of formule) is niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an embedded image is too large to import</source>
        <translation>een ingesloten afbeelding is te groot om te importeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an embedded image is damaged and was not imported</source>
        <translation>een ingesloten afbeelding is beschadigd en niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>‘{text}’ became a section title (a byline follows)</source>
        <translation>‘{text}’ is een sectietitel geworden (er volgt een naamregel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‘{text}’ became a video link of ‘{section}’</source>
        <translation>‘{text}’ is een videolink van ‘{section}’ geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‘{text}’ became a video link of an untitled section</source>
        <translation>‘{text}’ is een videolink van een sectie zonder titel geworden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‘{text}’ became the video&apos;s access note</source>
        <translation>‘{text}’ is de toelichting bij toegang van de video geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‘{text}’ looks like a web page&apos;s buttons; kept in the intro</source>
        <translation>‘{text}’ lijkt op de knoppen van een webpagina; bewaard in de inleiding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a paragraph of {length} characters was split into {count} (its bold, italic and links were dropped)</source>
        <translation>een alinea van {length} tekens is in {count} stukken gesplitst (vet, cursief en links zijn weggelaten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lists nested deeper than two levels were flattened to two</source>
        <translation>lijsten die dieper dan twee niveaus genest waren, zijn tot twee niveaus teruggebracht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>organisation</source>
        <extracomment>The colophon&apos;s fields as a line names them (:data:`models.importing.notes.WORDS`).</extracomment>
        <translation>organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visiting address</source>
        <translation>bezoekadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal address</source>
        <translation>postadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>website</source>
        <translation>website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>versie</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../editor/importing/report_dialog.py" line="+51"/>
        <source>Import report</source>
        <extracomment>The item data role that holds a row&apos;s index in ``entries``.</extracomment>
        <translation>Importverslag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported from “%1”</source>
        <translation>Geïmporteerd uit “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each line is a guess the import made: check them. Double-click a line to show it in the publication.</source>
        <translation>Elke regel is een gissing van de import: controleer ze. Dubbelklik op een regel om hem in de publicatie te tonen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guesses of the import</source>
        <translation>Gissingen van de import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guess</source>
        <translation>Gissing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Show in publication</source>
        <translation>&amp;Tonen in publicatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy address</source>
        <translation>Adres &amp;kopiëren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sections</source>
        <translation>Secties</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+14"/>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Guesses</source>
        <translation>Gissingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title and date</source>
        <translation>Titel en datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takeaways</source>
        <translation>Kernpunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colophon</source>
        <translation>Colofon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text placed by guess</source>
        <translation>Tekst op een gok geplaatst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The import made no guesses.</source>
        <translation>De import heeft niets geraden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Base address for relative links</source>
        <translation>Basisadres voor relatieve links</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some links were relative and the source named no address to resolve them against, so only their text was kept. Give the address the document came from to import it again with these links.</source>
        <translation>Sommige links waren relatief en de bron noemde geen adres om ze tegen op te lossen, dus alleen hun tekst is bewaard. Geef het adres waar het document vandaan kwam om het opnieuw te importeren met deze links.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Base address</source>
        <translation>Basisadres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import again</source>
        <translation>Opnieuw &amp;importeren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give a full address that starts with http:// or https://.</source>
        <translation>Geef een volledig adres dat begint met http:// of https://.</translation>
    </message>
</context>
<context>
    <name>IntroForm</name>
    <message>
        <location filename="../../editor/forms/intro.py" line="+22"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../editor/widgets/list_editor.py" line="+54"/>
        <location line="+21"/>
        <source>Add {item}</source>
        <extracomment>Makes a new, valid entry given the current entries; raises ``CannotAdd`` if there is none.</extracomment>
        <translation>{item} toevoegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove {item}</source>
        <translation>{item} verwijderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move {item} up</source>
        <translation>{item} omhoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move {item} down</source>
        <translation>{item} omlaag</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../editor/widgets/list_row.py" line="+46"/>
        <source>{item} {n} of {count}</source>
        <translation>{item} {n} van {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move {item} {n} up (Alt+Up)</source>
        <translation>{item} {n} omhoog (Alt+Omhoog)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {item} {n} down (Alt+Down)</source>
        <translation>{item} {n} omlaag (Alt+Omlaag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {item} {n}</source>
        <translation>{item} {n} verwijderen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../editor/main_window.py" line="+140"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Export in progress</source>
        <translation>Bezig met exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (review)</source>
        <translation> (beoordelen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (read-only)</source>
        <translation> (alleen-lezen)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This fix no longer applies: the publication changed.</source>
        <translation>Deze oplossing is niet meer van toepassing: de publicatie is gewijzigd.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>publication</source>
        <translation>publicatie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting %1…</source>
        <translation>%1 wordt geëxporteerd…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No problems</source>
        <translation>Geen problemen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../editor/navigator.py" line="+116"/>
        <source>Publication details</source>
        <extracomment>True on an entry whose label is not a title (an untitled section&apos;s first words). Which list holds the items of each movable kind. Which entries each movable kind may be dropped into. The entries made for models, by ``id()``: the model is kept with its entry, so the id cannot be reused by another object while the entry is looked up by it.</extracomment>
        <translation>Publicatiegegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intro &amp; key takeaways</source>
        <translation>Inleiding &amp; kernpunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colophon</source>
        <translation>Colofon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Vormgeving</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+69"/>
        <source>Untitled section</source>
        <translation>Sectie zonder titel</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <location line="+122"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The parts of the publication</source>
        <translation>De onderdelen van de publicatie</translation>
    </message>
</context>
<context>
    <name>NewFromTemplate</name>
    <message>
        <location filename="../../editor/new_from_template.py" line="+147"/>
        <source>New from &amp;template…</source>
        <translation>Nieuw vanuit &amp;sjabloon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a publication from a template: symposium, congress, webinar, panel</source>
        <translation>Een publicatie beginnen vanuit een sjabloon: symposium, congres, webinar, panel</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <location filename="../../editor/forms/part.py" line="+27"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../editor/widgets/people_editor.py" line="+38"/>
        <source>Speaker</source>
        <extracomment>Every role, in the order the role menu offers them.</extracomment>
        <translation>Spreker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role in this section</source>
        <translation>Rol in deze sectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this person does in this section</source>
        <translation>Wat deze persoon in deze sectie doet</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../editor/preferences.py" line="+33"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same as the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Taal van Podium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podium uses the new language after a restart.</source>
        <translation>Podium gebruikt de nieuwe taal nadat u het opnieuw hebt gestart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;spelling while typing</source>
        <translation>&amp;Spelling controleren tijdens het typen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;House style for new publications:</source>
        <translation>&amp;Huisstijl voor nieuwe publicaties:</translation>
    </message>
</context>
<context>
    <name>PreflightDialogs</name>
    <message>
        <location filename="../../editor/preflight_panel.py" line="+95"/>
        <source>Problems before export</source>
        <translation>Problemen vóór het exporteren</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The publication has %n error(s) that readers would notice.</source>
        <translation>
            <numerusform>De publicatie bevat %n fout die lezers zouden opmerken.</numerusform>
            <numerusform>De publicatie bevat %n fouten die lezers zouden opmerken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more in the Problems list.</source>
        <translation>
            <numerusform>… en nog %n in de lijst Problemen.</numerusform>
            <numerusform>… en nog %n in de lijst Problemen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export anyway</source>
        <translation>Toch exporteren</translation>
    </message>
</context>
<context>
    <name>PreflightDock</name>
    <message>
        <location line="-43"/>
        <source>Fix: {what}</source>
        <extracomment>Shown in the export question; the rest are in the dock. Rows the dock grows to show at once when problems appear (more scroll). Quiet time after an edit before the dock runs the preflight again. Qt&apos;s QWIDGETSIZE_MAX: no maximum size.</extracomment>
        <translation>Oplossen: {what}</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors, warnings and notes; activate one to go to its field</source>
        <translation>Fouten, waarschuwingen en meldingen; activeer er een om naar het veld te gaan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the list of problems</source>
        <translation>De lijst met problemen tonen of verbergen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No problems found.</source>
        <translation>Geen problemen gevonden.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../editor/preview/pane.py" line="+91"/>
        <source>Preview</source>
        <extracomment>Quiet time after an edit before the preview renders. Longest a pending edit waits while the user keeps typing.</extracomment>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preview out of date</source>
        <translation>Voorvertoning verouderd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print</source>
        <translation>Drukwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF, as Export PDF writes it</source>
        <translation>De pdf, zoals Pdf exporteren die maakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web page, as Export HTML writes it</source>
        <translation>De webpagina, zoals HTML exporteren die maakt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pages in the PDF</source>
        <translation>Pagina’s in de pdf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show &amp;preview</source>
        <translation>&amp;Voorvertoning tonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the preview of the exports</source>
        <translation>De voorvertoning van de exports tonen of verbergen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Detach preview</source>
        <translation>Voorvertoning &amp;losmaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the preview in a window of its own</source>
        <translation>De voorvertoning in een eigen venster tonen</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>The preview is out of date; it shows the last version that rendered.</source>
        <translation>De voorvertoning is verouderd; ze toont de laatste versie die gelukt is.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Links do not open from the preview: %1</source>
        <translation>Links openen niet vanuit de voorvertoning: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina’s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../editor/preview/pdf_view.py" line="+75"/>
        <location line="+40"/>
        <source>Print preview</source>
        <extracomment>Pages whose size is read in one turn of the event loop (about 1 ms) while a new PDF is made ready. 16 (2 ms) was enough, with a key and a repaint in the same turn, to stall typing past 16 ms at 40 sections (benchmarks/preview.py).</extracomment>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>PDF pages</source>
        <translation>Pdf-pagina’s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laying out the whole document…</source>
        <translation>Het hele document wordt opgemaakt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print preview tools</source>
        <translation>Knoppen voor het afdrukvoorbeeld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Passend in breedte</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../models/problem_wording.py" line="+30"/>
        <source>{field} must not be empty</source>
        <extracomment>Every message key of validation (:data:`models.validation.MESSAGES`) and preflight (:data:`models.preflight.MESSAGES`), with the same placeholders.</extracomment>
        <translation>{field} mag niet leeg zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text must not be empty</source>
        <translation>de tekst mag niet leeg zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is too long (at most {max} characters)</source>
        <translation>{field} is te lang (hoogstens {max} tekens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text is too long (at most {max} characters)</source>
        <translation>de tekst is te lang (hoogstens {max} tekens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add at least one entry</source>
        <translation>voeg er minstens één toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {max} entries are allowed here</source>
        <translation>hier mogen hoogstens {max} items staan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a figure holds at most {max} images: start another figure</source>
        <translation>een afbeelding bevat hoogstens {max} foto&apos;s: begin een nieuwe afbeelding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} ‘{value}’ is not valid: enter an address such as name@example.org</source>
        <translation>{field} ‘{value}’ is niet geldig: vul een adres in zoals naam@voorbeeld.nl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} ‘{value}’ is not valid: enter a web address starting with http:// or https://</source>
        <translation>{field} ‘{value}’ is niet geldig: vul een webadres in dat begint met http:// of https://</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} ‘{value}’ is not a colour: enter it as #RRGGBB, for example #00557F</source>
        <translation>{field} ‘{value}’ is geen kleur: vul die in als #RRGGBB, bijvoorbeeld #00557F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id ‘{value}’ is not valid: an id starts with a lowercase letter and holds only a-z, 0-9 and &apos;-&apos; (at most 64 characters)</source>
        <translation>de id ‘{value}’ is niet geldig: een id begint met een kleine letter en bevat alleen a-z, 0-9 en &apos;-&apos; (hoogstens 64 tekens)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} is not a valid date: enter it as YYYY-MM-DD</source>
        <translation>{field} is geen geldige datum: vul die in als JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} is not a valid date: enter it as YYYY-MM-DD, without a time</source>
        <translation>{field} is geen geldige datum: vul die in als JJJJ-MM-DD, zonder tijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} must be at least {limit}</source>
        <translation>{field} moet minstens {limit} zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} must be at most {limit}</source>
        <translation>{field} mag hoogstens {limit} zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link target ‘{target}’ is not allowed: use an http://, https:// or mailto: address</source>
        <translation>linkdoel ‘{target}’ is niet toegestaan: gebruik een http://-, https://- of mailto:-adres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>describe the image for readers who cannot see it, or mark it as decorative</source>
        <translation>beschrijf de afbeelding voor lezers die haar niet kunnen zien, of markeer haar als decoratief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>type the byline, or let Podium compose it from the people</source>
        <translation>typ de naamregel, of laat Podium die samenstellen uit de personen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id ‘{value}’ is used more than once</source>
        <translation>de id ‘{value}’ wordt meer dan eens gebruikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no speaker with the id ‘{value}’</source>
        <translation>er is geen spreker met de id ‘{value}’</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose one of {expected}</source>
        <translation>kies een van {expected}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is required</source>
        <translation>{field} is verplicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is required</source>
        <translation>de tekst is verplicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field (Podium does not know it)</source>
        <translation>onbekend veld (Podium kent het niet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this must be text</source>
        <translation>dit moet tekst zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this text holds characters that are not valid Unicode</source>
        <translation>deze tekst bevat tekens die geen geldige Unicode zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this must be a whole number</source>
        <translation>dit moet een geheel getal zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this must be true or false</source>
        <translation>dit moet waar of onwaar zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this must be a list</source>
        <translation>dit moet een lijst zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this must be an object with fields</source>
        <translation>dit moet een object met velden zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this value has the wrong form</source>
        <translation>deze waarde heeft niet de juiste vorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown block kind ‘{value}’: this version of Podium knows {expected}</source>
        <translation>onbekende bloksoort ‘{value}’: deze versie van Podium kent {expected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this block has no &apos;kind&apos; ({expected})</source>
        <translation>dit blok heeft geen &apos;kind&apos; ({expected})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a block of text is a string, or an object with a &apos;kind&apos;</source>
        <translation>een tekstblok is een string, of een object met een &apos;kind&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a sub-item is plain text: a list nests one level deep, not more</source>
        <translation>een subpunt is gewone tekst: een lijst gaat één niveau diep, niet meer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an image is stored as assets/&lt;SHA-256 of its bytes&gt;.&lt;png|jpg|jpeg|gif|webp&gt;</source>
        <translation>een afbeelding wordt bewaard als assets/&lt;SHA-256 van de bytes&gt;.&lt;png|jpg|jpeg|gif|webp&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} has {count} characters; more than {limit} do not fit the cover in three lines: shorten it or move part to the subtitle</source>
        <translation>{field} heeft {count} tekens; meer dan {limit} passen niet in drie regels op de omslag: kort hem in of zet een deel in de ondertitel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} {foreground} on {background} has a contrast ratio of {ratio}; text needs at least {required}:1 (used for {use})</source>
        <translation>{field} {foreground} op {background} heeft een contrastverhouding van {ratio}; tekst heeft minstens {required}:1 nodig (gebruikt voor {use})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} {foreground} on {background} has a contrast ratio of {ratio}; large text needs at least {required}:1 (used for {use})</source>
        <translation>{field} {foreground} op {background} heeft een contrastverhouding van {ratio}; grote tekst heeft minstens {required}:1 nodig (gebruikt voor {use})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} has no alternative text: describe it, or mark it as decorative</source>
        <translation>{place} heeft geen alternatieve tekst: beschrijf de afbeelding, of markeer haar als decoratief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} ‘{value}’ looks like a file name: describe what the image shows</source>
        <translation>{field} ‘{value}’ lijkt een bestandsnaam: beschrijf wat de afbeelding laat zien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place} is marked as decorative, so readers who cannot see it skip it: describe what it shows</source>
        <translation>{place} is gemarkeerd als decoratief, dus lezers die haar niet kunnen zien slaan haar over: beschrijf wat ze laat zien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the image file is missing from the project; add it again</source>
        <translation>het afbeeldingsbestand ontbreekt in het project; voeg het opnieuw toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image file cannot be read as a picture; add it again</source>
        <translation>het afbeeldingsbestand is niet als afbeelding te lezen; voeg het opnieuw toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this image is {width} pixels wide and printed {mm} mm wide, which is {dpi} dpi; it looks soft on paper below {min} dpi: use one at least {needed} pixels wide</source>
        <translation>deze afbeelding is {width} pixels breed en wordt {mm} mm breed gedrukt, dat is {dpi} dpi; onder {min} dpi ziet ze er op papier onscherp uit: gebruik er een van minstens {needed} pixels breed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this image is {width} pixels wide and printed {mm} mm wide, which is {dpi} dpi; it looks soft on paper below {min} dpi: {fix}, or use one at least {needed} pixels wide</source>
        <translation>deze afbeelding is {width} pixels breed en wordt {mm} mm breed gedrukt, dat is {dpi} dpi; onder {min} dpi ziet ze er op papier onscherp uit: {fix}, of gebruik er een van minstens {needed} pixels breed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} has no sections: add one, or remove the part</source>
        <translation>{place} heeft geen secties: voeg er een toe, of verwijder het onderdeel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place} has no text</source>
        <translation>{place} heeft geen tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} names no speakers</source>
        <translation>{place} noemt geen sprekers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} has no attribution: readers do not see who said it</source>
        <translation>{place} heeft geen toeschrijving: lezers zien niet wie het zei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place} has nothing to read: write its text, or remove it</source>
        <translation>{place} heeft niets om te lezen: schrijf de tekst, of verwijder het punt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>link target ‘{target}’ is not allowed (use an http://, https:// or mailto: address); the link would be left out</source>
        <translation>linkdoel ‘{target}’ is niet toegestaan (gebruik een http://-, https://- of mailto:-adres); de link zou worden weggelaten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{place} names no organisation: say who publishes this</source>
        <translation>{place} noemt geen organisatie: vermeld wie dit uitgeeft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{place} has no contact details: add an e-mail address, phone or website</source>
        <translation>{place} heeft geen contactgegevens: voeg een e-mailadres, telefoonnummer of website toe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>still holds the template&apos;s placeholder text {text}; write the real text here</source>
        <translation>bevat nog de voorbeeldtekst {text} van het sjabloon; schrijf hier de echte tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>section</source>
        <extracomment>What each kind of step is called (:data:`models.labels.STEP_WORDS`), lowercase.</extracomment>
        <translation>sectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>citaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part</source>
        <translation>onderdeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block</source>
        <translation>blok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker</source>
        <translation>spreker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paragraph</source>
        <translation>alinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sub-heading</source>
        <translation>tussenkop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure</source>
        <translation>afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>punt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sub-item</source>
        <translation>subpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takeaway</source>
        <translation>kernpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video link</source>
        <translation>videolink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit</source>
        <translation>vermelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comment</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply</source>
        <translation>reactie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status change</source>
        <translation>statuswijziging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>introduction</source>
        <translation>inleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key takeaways</source>
        <translation>kernpunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colophon</source>
        <translation>colofon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>theme</source>
        <translation>vormgeving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>evenement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>portrait</source>
        <translation>portret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cover image</source>
        <translation>omslagafbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>anchor</source>
        <translation>anker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approval</source>
        <translation>goedkeuring</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text</source>
        <extracomment>Fields the forms do not label (or label for one use only: a quote&apos;s &quot;text&quot; is &quot;Quote&quot;).</extracomment>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sections and quotes</source>
        <translation>secties en citaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>items</source>
        <translation>punten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sub-items</source>
        <translation>subpunten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbered</source>
        <translation>genummerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image file</source>
        <translation>afbeeldingsbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>format version</source>
        <translation>formaatversie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the full text width</source>
        <extracomment>The figure sizes a fix offers (:data:`models.preflight.SIZE_WORDS`), by size.</extracomment>
        <translation>de volle tekstbreedte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half width</source>
        <translation>halve breedte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thumbnail size</source>
        <translation>miniatuurformaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print it at {size} ({dpi} dpi)</source>
        <translation>druk haar af op {size} ({dpi} dpi)</translation>
    </message>
</context>
<context>
    <name>QuoteForm</name>
    <message>
        <location filename="../../editor/forms/quote.py" line="+30"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
</context>
<context>
    <name>QuoteSpeakerField</name>
    <message>
        <location filename="../../editor/widgets/quote_speaker.py" line="+32"/>
        <source>Picking a speaker fills in the attribution, unless you typed one</source>
        <translation>Een spreker kiezen vult de toeschrijving in, tenzij u er zelf een hebt getypt</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../editor/recovery.py" line="+75"/>
        <source>Cannot recover</source>
        <translation>Kan niet herstellen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recover unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen herstellen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../editor/recovery_dialog.py" line="+43"/>
        <source>Recover unsaved work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Podium ended before this work was saved. Recover it to go on where you left off.</source>
        <translation>Podium is gestopt voordat dit werk was opgeslagen. Herstel het om verder te gaan waar u was gebleven.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>Laatst opgeslagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Autosaved</source>
        <translation>Automatisch opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved work</source>
        <translation>Niet-opgeslagen werk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled (never saved)</source>
        <translation>Naamloos (nooit opgeslagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Recover</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the work and ask again at the next start</source>
        <translation>Het werk bewaren en bij de volgende start opnieuw vragen</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../editor/widgets/registry.py" line="+101"/>
        <source>Name only: the export puts “{word}:” before it</source>
        <extracomment>Model fields no form shows: identity, the block tag, and what another form handles. (context, optional) → editor</extracomment>
        <translation>Alleen de naam: de export zet er „{word}:” voor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caption language</source>
        <translation>Taal van het bijschrift</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../editor/review/field_buttons.py" line="+93"/>
        <source>Comment on “%1”…</source>
        <translation>Opmerking bij “%1”…</translation>
    </message>
</context>
<context>
    <name>ReviewBanner</name>
    <message>
        <location filename="../../editor/review/banner.py" line="+29"/>
        <location line="+1"/>
        <location line="+8"/>
        <source>Review mode</source>
        <translation>Beoordelingsmodus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>forms are read-only.</source>
        <translation>formulieren zijn alleen-lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start editing</source>
        <translation>Beginnen met bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave review mode and make the forms editable</source>
        <translation>De beoordelingsmodus verlaten en de formulieren bewerkbaar maken</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../../editor/review/controller.py" line="+112"/>
        <source>Review status</source>
        <translation>Beoordelingsstatus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Review mode</source>
        <translation>&amp;Beoordelingsmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only forms for reviewing; comments and status still work</source>
        <translation>Alleen-lezen formulieren om te beoordelen; opmerkingen en status werken wel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add comment…</source>
        <translation>&amp;Opmerking toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment on the selected part, or on the field that has the focus</source>
        <translation>Een opmerking bij het geselecteerde deel, of bij het veld waarin de cursor staat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment on the &amp;whole publication…</source>
        <translation>Opmerking bij de &amp;hele publicatie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment about the publication as a whole</source>
        <translation>Een opmerking over de publicatie als geheel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mpare with…</source>
        <translation>&amp;Vergelijken met…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what changed between another version and this one</source>
        <translation>Tonen wat er verschilt tussen een andere versie en deze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;name…</source>
        <translation>Uw &amp;naam…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name shown with your comments and status changes</source>
        <translation>De naam die bij uw opmerkingen en statuswijzigingen staat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set the review status to “%1”</source>
        <translation>De beoordelingsstatus op “%1” zetten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Review</source>
        <translation>Be&amp;oordelen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Add comment</source>
        <translation>Opmerking toevoegen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reply to comment</source>
        <translation>Reageren op opmerking</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resolve comment</source>
        <translation>Opmerking afhandelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen comment</source>
        <translation>Opmerking heropenen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The part this comment is about was deleted.</source>
        <translation>Het deel waar deze opmerking over gaat, is verwijderd.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Change review status</source>
        <translation>Beoordelingsstatus wijzigen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot compare</source>
        <translation>Kan niet vergelijken</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Comment on %1…</source>
        <translation>Opmerking bij %1…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Review: %1</source>
        <translation>Beoordeling: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDock</name>
    <message>
        <location filename="../../editor/review/panel.py" line="+60"/>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comments panel</source>
        <translation>Paneel &amp;Opmerkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide comments and review status</source>
        <translation>Opmerkingen en beoordelingsstatus tonen of verbergen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Review status</source>
        <translation>Beoordelingsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Status history</source>
        <translation>Statusgeschiedenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show comments</source>
        <translation>Opmerkingen tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Activate a comment to go to its part</source>
        <translation>Activeer een opmerking om naar het deel te gaan waar ze bij hoort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment thread</source>
        <translation>Gesprek bij de opmerking</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply…</source>
        <translation>Reageren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+124"/>
        <location line="+2"/>
        <source>Resolve</source>
        <translation>Afhandelen</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Go to</source>
        <translation>Ga naar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No publication is open.</source>
        <translation>Er is geen publicatie geopend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved by %1 on %2</source>
        <translation>goedgekeurd door %1 op %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No status changes yet.</source>
        <translation>Nog geen statuswijzigingen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No open comments.</source>
        <translation>Geen open opmerkingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No resolved comments.</source>
        <translation>Geen afgehandelde opmerkingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comments yet.</source>
        <translation>Nog geen opmerkingen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>resolved</source>
        <translation>afgehandeld</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../editor/widgets/rich_text_edit.py" line="+89"/>
        <source>Bold</source>
        <extracomment>Adds entries to the context menu; gets the menu and a cursor at the clicked position. Takes a paste that holds a list: (text before the selection, the pasted blocks, text after it), both texts in the subset; returns ``True`` when it took the paste.</extracomment>
        <translation>Vet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Vet (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursief (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert or edit a link (Ctrl+K)</source>
        <translation>Link invoegen of wijzigen (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <location filename="../../editor/safety_dialogs.py" line="+41"/>
        <source>File in use</source>
        <translation>Bestand in gebruik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is already open by %2.</source>
        <translation>“%1” is al geopend door %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open it read-only to look without changing it, or open it anyway if you are sure the other copy is no longer used (its unsaved changes could be lost).</source>
        <translation>Open het alleen-lezen om het te bekijken zonder iets te veranderen, of open het toch als u zeker weet dat het andere exemplaar niet meer in gebruik is (niet-opgeslagen wijzigingen daarin kunnen verloren gaan).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;read-only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;anyway</source>
        <translation>&amp;Toch openen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File changed on disk</source>
        <translation>Bestand op schijf gewijzigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>“%1” is door een ander programma gewijzigd sinds u het opende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overwriting it replaces those changes with yours. Save under another name?</source>
        <translation>Overschrijven vervangt die wijzigingen door de uwe. Onder een andere naam opslaan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite</source>
        <translation>O&amp;verschrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” cannot be opened: %2</source>
        <translation>“%1” kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podium kept a backup of the previous version (saved %1), and it can be opened. It opens as an untitled copy: “%2” stays as it is until you choose to save over it.</source>
        <translation>Podium heeft een reservekopie van de vorige versie bewaard (opgeslagen %1), en die kan worden geopend. Die opent als naamloze kopie: “%2” blijft zoals het is, tenzij er later overheen wordt opgeslagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;backup</source>
        <translation>&amp;Reservekopie openen</translation>
    </message>
</context>
<context>
    <name>SectionForm</name>
    <message>
        <location filename="../../editor/forms/section.py" line="+34"/>
        <source>Section</source>
        <extracomment>The fields in form order; &quot;people&quot; and &quot;byline&quot; get editors of their own.</extracomment>
        <translation>Sectie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No title: the text continues without a heading</source>
        <translation>Geen titel: de tekst loopt door zonder kop</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../editor/help_menu.py" line="-74"/>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <extracomment>The distribution whose metadata About reads.</extracomment>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
</context>
<context>
    <name>SingleImageField</name>
    <message>
        <location filename="../../editor/widgets/image_list.py" line="+80"/>
        <source>No image</source>
        <translation>Geen afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Choose image…</source>
        <translation>Afbeelding kiezen…</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Choose a picture, or drop a picture file here</source>
        <translation>Kies een afbeelding, of sleep een afbeeldingsbestand hierheen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Remove image</source>
        <translation>Afbeelding verwijderen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot use {file}: {why}</source>
        <translation>Kan {file} niet gebruiken: {why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose image</source>
        <translation>Afbeelding kiezen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replace image…</source>
        <translation>Afbeelding vervangen…</translation>
    </message>
</context>
<context>
    <name>SpeakerCombo</name>
    <message>
        <location filename="../../editor/widgets/speaker_picker.py" line="+38"/>
        <source>(no speaker)</source>
        <extracomment>The registry as (speaker id, display name) pairs, in registry order.</extracomment>
        <translation>(geen spreker)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown speaker ({id})</source>
        <translation>Onbekende spreker ({id})</translation>
    </message>
</context>
<context>
    <name>SpeakerForm</name>
    <message>
        <location filename="../../editor/forms/speaker.py" line="+31"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
</context>
<context>
    <name>SpeakersForm</name>
    <message>
        <location filename="../../editor/forms/speakers.py" line="+22"/>
        <source>Speakers</source>
        <translation>Sprekers</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <location filename="../../editor/spelling/controller.py" line="+310"/>
        <source>No suggestions</source>
        <extracomment>How long after the last edit the fields are looked through again (new paragraphs, a changed language, new project words): typing never pays for it key by key. How often answers from the worker are collected while some are due. The dynamic property that marks a field as having a highlighter or line checker. What marks one field: a rich field&apos;s highlighter or a line field&apos;s checker. Puts ``text`` in place of ``text[start:end]`` of the line or paragraph a menu is for. Words known besides the dictionary: the publication&apos;s own and the ignored ones.</extracomment>
        <translation>Geen suggesties</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add to dictionary</source>
        <translation>Toevoegen aan woordenlijst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add ‘%1’ to the dictionary</source>
        <translation>‘%1’ toevoegen aan woordenlijst</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../editor/start_view.py" line="+35"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a publication of your symposium, congress or webinar.</source>
        <translation>Maak een publicatie van uw symposium, congres of webinar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Recent publications</source>
        <translation>&amp;Recente publicaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent publications</source>
        <translation>Recente publicaties</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No recent publications yet.</source>
        <translation>Nog geen recente publicaties.</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <location filename="../../editor/actions.py" line="+66"/>
        <source>Add pa&amp;rt</source>
        <translation>&amp;Onderdeel toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a part (a heading over several sections) after the selected item</source>
        <translation>Een onderdeel toevoegen (een kop boven meerdere secties) na het geselecteerde item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;section</source>
        <translation>&amp;Sectie toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a section after the selected item, or at the end of the selected part</source>
        <translation>Een sectie toevoegen na het geselecteerde item, of aan het eind van het geselecteerde onderdeel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;quote</source>
        <translation>&amp;Citaat toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a pull quote after the selected item, or at the end of the selected part</source>
        <translation>Een citaat toevoegen na het geselecteerde item, of aan het eind van het geselecteerde onderdeel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add s&amp;peaker</source>
        <translation>S&amp;preker toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a speaker after the selected speaker</source>
        <translation>Een spreker toevoegen na de geselecteerde spreker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a copy of the selected part, section, quote or speaker</source>
        <translation>Een kopie toevoegen van het geselecteerde onderdeel, de sectie, het citaat of de spreker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected section, quote or speaker; a deleted part leaves its sections where it stood</source>
        <translation>De geselecteerde sectie, het citaat of de spreker verwijderen; een verwijderd onderdeel laat zijn secties staan waar het stond</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete part &amp;with its contents</source>
        <translation>Onderdeel &amp;met inhoud verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected part and every section and quote in it</source>
        <translation>Het geselecteerde onderdeel verwijderen, met alle secties en citaten erin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected item one place up</source>
        <translation>Het geselecteerde item één plaats omhoog verplaatsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected item one place down</source>
        <translation>Het geselecteerde item één plaats omlaag verplaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;into part</source>
        <translation>&amp;In onderdeel plaatsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move the selected section or quote into a part</source>
        <translation>De geselecteerde sectie of het citaat in een onderdeel plaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;out of part</source>
        <translation>&amp;Uit onderdeel halen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected section or quote out of its part, to just after it</source>
        <translation>De geselecteerde sectie of het citaat uit het onderdeel halen, naar direct erna</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Section</source>
        <translation>Sectie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled section</source>
        <translation>Sectie zonder titel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add part</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add section</source>
        <translation>Sectie toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add quote</source>
        <translation>Citaat toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add speaker</source>
        <translation>Spreker toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate part</source>
        <translation>Onderdeel dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate section</source>
        <translation>Sectie dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate quote</source>
        <translation>Citaat dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate speaker</source>
        <translation>Spreker dupliceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete part with its contents</source>
        <translation>Onderdeel met inhoud verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove part, keep its contents</source>
        <translation>Onderdeel verwijderen, inhoud behouden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete section</source>
        <translation>Sectie verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete quote</source>
        <translation>Citaat verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete speaker</source>
        <translation>Spreker verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move part</source>
        <translation>Onderdeel verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move section</source>
        <translation>Sectie verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move quote</source>
        <translation>Citaat verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move speaker</source>
        <translation>Spreker verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move section into part</source>
        <translation>Sectie in onderdeel plaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move quote into part</source>
        <translation>Citaat in onderdeel plaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move section out of part</source>
        <translation>Sectie uit onderdeel halen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move quote out of part</source>
        <translation>Citaat uit onderdeel halen</translation>
    </message>
</context>
<context>
    <name>StyleDialogs</name>
    <message>
        <location filename="../../editor/house_style_actions.py" line="-85"/>
        <source>Apply house style</source>
        <translation>Huisstijl toepassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save house style</source>
        <translation>Huisstijl opslaan</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../editor/new_from_template.py" line="-106"/>
        <source>New from template</source>
        <translation>Nieuw vanuit sjabloon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Outline of the template</source>
        <translation>Opbouw van het sjabloon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Texts between ‹ and › are placeholders: the Problems list shows each one until it is replaced.</source>
        <translation>Teksten tussen ‹ en › zijn voorbeeldtekst: de lijst Problemen toont ze tot ze vervangen zijn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Create</source>
        <translation>&amp;Maken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outline:</source>
        <translation>Opbouw:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Introduction and key takeaways</source>
        <translation>Inleiding en belangrijkste punten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colophon</source>
        <translation>Colofon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quote: %1</source>
        <translation>Citaat: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled section</source>
        <translation>Sectie zonder titel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Symposium report</source>
        <translation>Symposiumverslag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Introduction, key takeaways, three talks with quotes between them</source>
        <translation>Inleiding, belangrijkste punten, drie lezingen met citaten ertussen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Congress with parts and workshops</source>
        <translation>Congres met dagdelen en workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plenary opening, two rounds of parallel workshops, a panel</source>
        <translation>Een plenaire opening, twee rondes parallelle workshops, een panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webinar summary</source>
        <translation>Samenvatting van een webinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short: key points, the talk, the recording with an access note</source>
        <translation>Kort: de hoofdpunten, de presentatie, de opname met toegangsinformatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Panel discussion</source>
        <translation>Panelgesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A moderator and panel members, two themes, questions from the floor</source>
        <translation>Een moderator en panelleden, twee thema’s, vragen uit de zaal</translation>
    </message>
</context>
<context>
    <name>ThemeForm</name>
    <message>
        <location filename="../../editor/forms/theme.py" line="+35"/>
        <source>Theme</source>
        <translation>Vormgeving</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contrast of the text colours</source>
        <translation>Contrast van de tekstkleuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs %1</source>
        <translation>minimaal %1 nodig</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../editor/undo_actions.py" line="+26"/>
        <location line="+43"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Redo</source>
        <translation>Opnieuw doen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Undo %1</source>
        <translation>%1 ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>%1 opnieuw doen</translation>
    </message>
</context>
<context>
    <name>WebPreview</name>
    <message>
        <location filename="../../editor/preview/web_engine.py" line="+166"/>
        <source>Web page</source>
        <extracomment>Runs in the isolated world after each load (``qwebchannel.js`` is prepended).</extracomment>
        <translation>Webpagina</translation>
    </message>
    <message>
        <location filename="../../editor/preview/web_view.py" line="+45"/>
        <source>Web preview</source>
        <translation>Voorvertoning web</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../editor/menus.py" line="-192"/>
        <source>&amp;New publication</source>
        <translation>&amp;Nieuwe publicatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new, empty publication</source>
        <translation>Een nieuwe, lege publicatie beginnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a .podium file</source>
        <translation>Een .podium-bestand openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;folder…</source>
        <translation>&amp;Map openen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a project folder (publication.json and assets)</source>
        <translation>Een projectmap openen (publication.json en bestanden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open for re&amp;view…</source>
        <translation>Openen ter &amp;beoordeling…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a .podium file read-only, to comment on it and approve it</source>
        <translation>Een .podium-bestand alleen-lezen openen, om er opmerkingen bij te maken en het goed te keuren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;example publication</source>
        <translation>&amp;Voorbeeldpublicatie openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a copy of the sample publication</source>
        <translation>Een kopie van de voorbeeldpublicatie openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the example &amp;day report</source>
        <translation>Voorbeeld&amp;dagverslag openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a copy of a network day&apos;s report: parts, workshops, a panel, photos</source>
        <translation>Een kopie openen van het verslag van een netwerkdag: onderdelen, workshops, een panel, foto’s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the publication</source>
        <translation>De publicatie opslaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the publication under another name</source>
        <translation>De publicatie onder een andere naam opslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revert</source>
        <translation>&amp;Terugzetten naar opgeslagen versie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the saved version (can be undone)</source>
        <translation>Teruggaan naar de opgeslagen versie (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;Pdf exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the publication as a PDF</source>
        <translation>De publicatie als pdf opslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the publication as a web page</source>
        <translation>De publicatie als webpagina opslaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the publication</source>
        <translation>De publicatie sluiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Podium</source>
        <translation>Podium afsluiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language of Podium&apos;s menus and forms</source>
        <translation>De taal van de menu’s en formulieren van Podium kiezen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No recent publications</source>
        <translation>Geen recente publicaties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Lijst wissen</translation>
    </message>
</context>
</TS>
