<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../editor/menus.py" line="+196"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Structure</source>
        <translation>&amp;Structuur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../../editor/review/comment_anchors.py" line="+75"/>
        <source>Whole publication</source>
        <translation>Hele publicatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication details</source>
        <translation>Publicatiegegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intro &amp; key takeaways</source>
        <translation>Inleiding &amp; kernpunten</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../editor/widgets/body_blocks.py" line="+145"/>
        <source>Paragraph</source>
        <extracomment>What the UI calls each kind of body block (translated when shown).</extracomment>
        <translation>Alinea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../editor/widgets/body_blocks.py" line="+17"/>
        <source>Sub-heading</source>
        <translation>Tussenkop</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../editor/widgets/body_blocks.py" line="+32"/>
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
        <location line="+10"/>
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
        <location filename="../../editor/widgets/body_blocks.py" line="-155"/>
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
        <location line="+91"/>
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
        <location filename="../../editor/widgets/field_labels.py" line="+143"/>
        <source>Same as the publication</source>
        <translation>Zoals de publicatie</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <location filename="../../editor/binding.py" line="+190"/>
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
        <location line="+51"/>
        <source>Add figure</source>
        <translation>Afbeelding toevoegen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Move block up</source>
        <translation>Blok omhoog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move block down</source>
        <translation>Blok omlaag</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../../editor/widgets/simple_fields.py" line="+181"/>
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
        <location filename="../../editor/files.py" line="+51"/>
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
    <name>FieldEditor</name>
    <message>
        <location filename="../../editor/widgets/field_editor.py" line="+55"/>
        <source>Problem</source>
        <extracomment>True for editors made of other editors (lists, records).</extracomment>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../editor/widgets/field_labels.py" line="-118"/>
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
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../editor/files.py" line="+53"/>
        <location line="+25"/>
        <source>Cannot open</source>
        <translation>Kan niet openen</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+53"/>
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
        <location filename="../../editor/file_safety.py" line="+118"/>
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
        <location line="+42"/>
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
        <location filename="../../editor/forms/base.py" line="+65"/>
        <source>This item no longer exists.</source>
        <translation>Dit onderdeel bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../editor/forms/__init__.py" line="+50"/>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts, sections and quotes appear in this order. Add, move or delete them in the navigator or the Structure menu; drag sections and quotes into a part to group them under its heading. Select one to edit it.</source>
        <translation>Onderdelen, secties en citaten verschijnen in deze volgorde. Voeg ze toe, verplaats of verwijder ze in de navigator of het menu Structuur; sleep secties en citaten in een onderdeel om ze onder de kop daarvan te groeperen. Selecteer er een om die te bewerken.</translation>
    </message>
</context>
<context>
    <name>ImageListEditor</name>
    <message>
        <location filename="../../editor/widgets/image_list.py" line="+43"/>
        <location line="+119"/>
        <source>Add image</source>
        <extracomment>Asks for a picture file; ``None`` when the user cancels. Reads the project&apos;s current assets (name → bytes).</extracomment>
        <translation>Afbeelding toevoegen</translation>
    </message>
    <message>
        <location line="-117"/>
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
        <location line="+104"/>
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
        <extracomment>Asks for one or more picture files; an empty list when the user cancels.</extracomment>
        <translation>(afbeeldingsbestand ontbreekt)</translation>
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
        <location filename="../../editor/widgets/list_editor.py" line="+53"/>
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
        <location filename="../../editor/main_window.py" line="+123"/>
        <source>Form</source>
        <extracomment>How long after a document opens the heap is settled (:func:`editor.heap.settle`), so the pause of that one full collection does not add to the opening.</extracomment>
        <translation>Formulier</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export in progress</source>
        <translation>Bezig met exporteren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+59"/>
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
        <location line="+18"/>
        <source>This fix no longer applies: the publication changed.</source>
        <translation>Deze oplossing is niet meer van toepassing: de publicatie is gewijzigd.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>publication</source>
        <translation>publicatie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting %1…</source>
        <translation>%1 wordt geëxporteerd…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1</source>
        <translation>%1 geëxporteerd</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+1"/>
        <source>Content</source>
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
        <location filename="../../editor/preferences.py" line="+29"/>
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
</context>
<context>
    <name>PreflightDialogs</name>
    <message>
        <location filename="../../editor/preflight_panel.py" line="+87"/>
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
        <extracomment>Shown in the export question; the rest are in the dock. Quiet time after an edit before the dock runs the preflight again.</extracomment>
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
        <location line="+18"/>
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
        <location filename="../../editor/preview/pane.py" line="+78"/>
        <source>Preview</source>
        <extracomment>Quiet time after an edit before the preview renders. Longest a pending edit waits while the user keeps typing.</extracomment>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+154"/>
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
        <location filename="../../editor/preview/pdf_view.py" line="+63"/>
        <location line="+30"/>
        <source>Print preview</source>
        <extracomment>Pages whose size is read in one turn of the event loop (about 2 ms) while a new PDF is made ready.</extracomment>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>PDF pages</source>
        <translation>Pdf-pagina’s</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+171"/>
        <source>of %1</source>
        <translation>van %1</translation>
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
        <location filename="../../editor/recovery.py" line="+74"/>
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
        <location filename="../../editor/widgets/registry.py" line="+100"/>
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
        <location filename="../../editor/review/controller.py" line="+109"/>
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
        <location line="+80"/>
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
        <location line="+29"/>
        <source>Change review status</source>
        <translation>Beoordelingsstatus wijzigen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot compare</source>
        <translation>Kan niet vergelijken</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Comment on %1…</source>
        <translation>Opmerking bij %1…</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location filename="../../editor/widgets/rich_text_edit.py" line="+31"/>
        <source>Insert link</source>
        <extracomment>Asks for a link target; returns ``None`` when the user cancels.</extracomment>
        <translation>Link invoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web address (https://…) or mailto: address:</source>
        <translation>Webadres (https://…) of mailto:-adres:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
</context>
<context>
    <name>SafetyDialogs</name>
    <message>
        <location filename="../../editor/safety_dialogs.py" line="+40"/>
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
        <location line="+192"/>
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
    <name>WebPreview</name>
    <message>
        <location filename="../../editor/preview/web_engine.py" line="+166"/>
        <source>Web page</source>
        <extracomment>Runs in the isolated world after each load (``qwebchannel.js`` is prepended).</extracomment>
        <translation>Webpagina</translation>
    </message>
    <message>
        <location filename="../../editor/preview/web_view.py" line="+46"/>
        <source>Web preview</source>
        <translation>Voorvertoning web</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../editor/menus.py" line="-157"/>
        <source>&amp;New publication</source>
        <translation>&amp;Nieuwe publicatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new, empty publication</source>
        <translation>Een nieuwe, lege publicatie beginnen</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+9"/>
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
        <location line="+32"/>
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
