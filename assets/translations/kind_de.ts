<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackdraftScreen</name>
    <message>
        <source>If it stirred things up</source>
        <translation>Wenn es etwas aufgewühlt hat</translation>
    </message>
    <message>
        <source>Sometimes kindness reaches old pain, and feelings rise instead of settling: grief, sadness, a wave you didn&apos;t expect. This is called backdraft. It is common, and it often means the practice touched something real. Nothing has gone wrong.</source>
        <translation>Manchmal erreicht Freundlichkeit alten Schmerz, und Gefühle steigen auf, statt sich zu beruhigen: Trauer, Traurigkeit, eine Welle, mit der du nicht gerechnet hast. Man nennt das „Backdraft“. Es kommt häufig vor und bedeutet oft, dass die Übung etwas Echtes berührt hat. Es ist nichts schiefgegangen.</translation>
    </message>
    <message>
        <source>You can turn the intensity down and still keep going in the same direction.</source>
        <translation>Du kannst die Intensität herunterdrehen und trotzdem in dieselbe Richtung weitergehen.</translation>
    </message>
    <message>
        <source>What can help</source>
        <translation>Was helfen kann</translation>
    </message>
    <message>
        <source>Make the practice shorter, or stop here for today.</source>
        <translation>Mach die Übung kürzer oder hör für heute hier auf.</translation>
    </message>
    <message>
        <source>Open your eyes and let them rest on something in the room.</source>
        <translation>Öffne die Augen und lass den Blick auf etwas im Raum ruhen.</translation>
    </message>
    <message>
        <source>Feel the soles of your feet on the floor.</source>
        <translation>Spüre deine Fußsohlen auf dem Boden.</translation>
    </message>
    <message>
        <source>Breathe the way you normally do.</source>
        <translation>Atme so, wie du gewöhnlich atmest.</translation>
    </message>
    <message>
        <source>Do something ordinary: make a drink, wash your hands, step outside.</source>
        <translation>Tu etwas Alltägliches: Mach dir etwas zu trinken, wasch dir die Hände, geh kurz vor die Tür.</translation>
    </message>
    <message>
        <source>Ground for a minute</source>
        <translation>Eine Minute erden</translation>
    </message>
    <message>
        <source>Feet, breath and the room around you, with no phrases</source>
        <translation>Füße, Atem und der Raum um dich herum, ohne Sätze</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>BackgroundPortal</name>
    <message>
        <source>Kind keeps running quietly for your gentle reminders.</source>
        <translation>Kind läuft still weiter, für deine sanften Erinnerungen.</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Letters: %1 · Reframes: %2 · Practices: %3</source>
        <translation>Briefe: %1 · Umformulierungen: %2 · Übungen: %3</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verschlossen</translation>
    </message>
    <message>
        <source>Backups of your journal</source>
        <translation>Sicherungen deines Journals</translation>
    </message>
    <message>
        <source>No backup yet: Kind takes the first one today.</source>
        <translation>Noch keine Sicherung: Kind legt heute die erste an.</translation>
    </message>
    <message>
        <source>Bring this one back…</source>
        <translation>Diese zurückholen…</translation>
    </message>
    <message>
        <source>Bring back the chosen backup</source>
        <translation>Die gewählte Sicherung zurückholen</translation>
    </message>
    <message>
        <source>Kind keeps one backup a day for a week and one a week for a month, in its own folder on this computer (encrypted when your letters are locked).</source>
        <translation>Kind bewahrt eine Woche lang eine Sicherung pro Tag und einen Monat lang eine pro Woche auf, in einem eigenen Ordner auf diesem Computer (verschlüsselt, wenn deine Briefe verschlossen sind).</translation>
    </message>
    <message>
        <source>Bring back a backup</source>
        <translation>Eine Sicherung zurückholen</translation>
    </message>
    <message>
        <source>Your journal can&apos;t be read just now: the file seems damaged. Nothing has been changed.</source>
        <translation>Dein Journal lässt sich gerade nicht lesen: Die Datei scheint beschädigt. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Bring back your journal as it was then?</source>
        <translation>Dein Journal so zurückholen, wie es damals war?</translation>
    </message>
    <message>
        <source>The backup from %1 holds %2. Your journal as it is now is kept beside it, never deleted.</source>
        <translation>Die Sicherung vom %1 enthält %2. Dein Journal, wie es jetzt ist, wird daneben aufbewahrt und nie gelöscht.</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>BeforeAfterChart</name>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>von %1 auf %2</translation>
    </message>
    <message>
        <source>Heaviness before and after, oldest first: %1</source>
        <translation>Schwere vorher und nachher, älteste zuerst: %1</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Noch keine Check-ins.</translation>
    </message>
    <message>
        <source>heavy</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
</context>
<context>
    <name>BodyOutline</name>
    <message>
        <source>Body outline</source>
        <translation>Umriss des Körpers</translation>
    </message>
</context>
<context>
    <name>BreatheSetupScreen</name>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Slow breathing, with a calm circle to follow. A longer out-breath tends to settle the body.</source>
        <translation>Langsam atmen, mit einem ruhigen Kreis, dem du folgen kannst. Ein längeres Ausatmen beruhigt den Körper meist.</translation>
    </message>
    <message>
        <source>Soft in- and out-breath sounds</source>
        <translation>Leise Klänge beim Ein- und Ausatmen</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>CareFlow</name>
    <message>
        <source>Kind couldn&apos;t open your letters: %1</source>
        <translation>Kind konnte deine Briefe nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t show your history: %1</source>
        <translation>Kind konnte deinen Verlauf nicht zeigen: %1</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t remove that moment: %1</source>
        <translation>Kind konnte diesen Moment nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>CatchWindow</name>
    <message>
        <source>Catch a harsh thought</source>
        <translation>Einen harten Gedanken festhalten</translation>
    </message>
    <message>
        <source>What did the critic just say? Write it as it sounded.</source>
        <translation>Was hat der innere Kritiker gerade gesagt? Schreib es so auf, wie es klang.</translation>
    </message>
    <message>
        <source>The harsh thought, as it sounded</source>
        <translation>Der harte Gedanke, so wie er klang</translation>
    </message>
    <message>
        <source>For example: “Why can&apos;t you ever get this right?”</source>
        <translation>Zum Beispiel: „Warum kriegst du das nie hin?“</translation>
    </message>
    <message>
        <source>Enter keeps it, privately, for “A friend&apos;s voice” · Esc leaves</source>
        <translation>Eingabe bewahrt ihn auf, nur für dich, für „Eine freundliche Stimme“ · Esc schließt</translation>
    </message>
    <message>
        <source>Your words from before are still here. Enter keeps them.</source>
        <translation>Deine Worte von vorhin sind noch da. Mit der Eingabetaste bewahrst du sie auf.</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t keep it just now. Your words are still here.</source>
        <translation>Kind konnte ihn gerade nicht aufbewahren. Deine Worte sind noch da.</translation>
    </message>
    <message>
        <source>Kept, privately, for the friend reframe.</source>
        <translation>Aufbewahrt, nur für dich, fürs freundliche Umformulieren.</translation>
    </message>
</context>
<context>
    <name>CaughtThoughts</name>
    <message>
        <source>Thoughts you caught</source>
        <translation>Gedanken, die du festgehalten hast</translation>
    </message>
    <message>
        <source>They wait here, just for you. Answer one, or let it go.</source>
        <translation>Sie warten hier, nur für dich. Antworte auf einen, oder lass ihn gehen.</translation>
    </message>
    <message>
        <source>Let go.</source>
        <translation>Losgelassen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Bring the thought back</source>
        <translation>Den Gedanken zurückholen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a caught thought in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antworten: %1</translation>
    </message>
    <message>
        <source>Let go: %1</source>
        <translation>Loslassen: %1</translation>
    </message>
    <message>
        <source>Answer this thought: %1</source>
        <translation type="vanished">Auf diesen Gedanken antworten: %1</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Let this thought go: %1</source>
        <translation type="vanished">Diesen Gedanken loslassen: %1</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>light</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>very heavy</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>A word or two, if you like</source>
        <translation>Ein, zwei Worte, wenn du magst</translation>
    </message>
    <message>
        <source>A word or two about how it feels (optional)</source>
        <translation>Ein, zwei Worte dazu, wie es sich anfühlt (freiwillig)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the check-in</source>
        <translation>Check-in überspringen</translation>
    </message>
    <message>
        <source>S or Esc</source>
        <translation>S oder Esc</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>This stirred things up</source>
        <translation>Das hat etwas aufgewühlt</translation>
    </message>
    <message>
        <source>Some ways to settle, and what this means</source>
        <translation>Wege, zur Ruhe zu kommen, und was das bedeutet</translation>
    </message>
    <message>
        <source>It felt hollow</source>
        <translation>Es fühlte sich hohl an</translation>
    </message>
    <message>
        <source>If the kind words felt fake or awkward: a few words about that</source>
        <translation>Wenn sich die freundlichen Worte unecht oder seltsam anfühlten: ein paar Worte dazu</translation>
    </message>
    <message>
        <source>Your journal is locked: Kind holds these words in memory and writes them in when you unlock it. If Kind is closed before then, only the number is kept.</source>
        <translation>Dein Journal ist verschlossen: Kind behält diese Wörter im Arbeitsspeicher und trägt sie ein, wenn du es aufschließt. Wird Kind vorher geschlossen, bleibt nur die Zahl.</translation>
    </message>
    <message>
        <source>Where these words go while locked</source>
        <translation>Wohin diese Wörter gehen, solange verschlossen ist</translation>
    </message>
    <message>
        <source>0–10: type a number (1 then 0 for 10) or use the arrows · Enter to continue · S or Esc to skip</source>
        <translation>0–10: Zahl tippen (1, dann 0 für 10) oder Pfeiltasten · Eingabetaste: weiter · S oder Esc: überspringen</translation>
    </message>
    <message>
        <source>0–9 or arrows to choose · Enter to continue · S or Esc to skip</source>
        <translation type="vanished">0–9 oder Pfeiltasten zum Wählen · Eingabetaste: weiter · S oder Esc: überspringen</translation>
    </message>
    <message>
        <source>How heavy does it feel right now?</source>
        <translation>Wie schwer fühlt es sich gerade an?</translation>
    </message>
    <message>
        <source>A quick look inward, just for you. Choose a number, add a word if you like, or skip it.</source>
        <translation>Ein kurzer Blick nach innen, nur für dich. Wähl eine Zahl, schreib ein Wort dazu, wenn du magst, oder überspring es.</translation>
    </message>
    <message>
        <source>And now?</source>
        <translation>Und jetzt?</translation>
    </message>
    <message>
        <source>How heavy does it feel after the practice? Any answer is fine, including heavier.</source>
        <translation>Wie schwer fühlt es sich nach der Übung an? Jede Antwort ist in Ordnung, auch „schwerer“.</translation>
    </message>
</context>
<context>
    <name>DeskFlow</name>
    <message>
        <source>Kind is still here</source>
        <translation>Kind ist noch da</translation>
    </message>
    <message>
        <source>Kind keeps running quietly, without a window. To open it again, click its icon among your apps. To quit, press Ctrl+Q in its window, or choose Quit from its icon&apos;s menu.</source>
        <translation>Kind läuft still weiter, ohne Fenster. Um es wieder zu öffnen, klick auf sein Symbol bei deinen Anwendungen. Zum Beenden drück Strg+Q in seinem Fenster oder wähl „Beenden“ im Menü seines Symbols.</translation>
    </message>
    <message>
        <source>Kind keeps resting in the tray. Click its icon whenever you&apos;d like a moment.</source>
        <translation>Kind ruht weiter im Infobereich. Klick auf das Symbol, wann immer du einen Moment möchtest.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Imported from %1: %2 letters, %3 reframes and %4 practices. %5 were already here.</source>
        <translation>Aus %1 importiert: %2 Briefe, %3 Umformulierungen und %4 Übungen. %5 waren schon da.</translation>
    </message>
    <message>
        <source>%1 recordings of your voice came with it.</source>
        <translation>%1 Aufnahmen deiner Stimme sind mitgekommen.</translation>
    </message>
    <message>
        <source>%1 entries of your self-compassion journal came with it.</source>
        <translation>%1 Einträge deines Selbstmitgefühl-Tagebuchs sind mitgekommen.</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t export to %1: %2</source>
        <translation>Kind konnte nicht nach %1 exportieren: %2</translation>
    </message>
    <message>
        <source>Your journal was exported to %1.</source>
        <translation>Dein Journal wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Import a Kind export</source>
        <translation>Einen Kind-Export importieren</translation>
    </message>
    <message>
        <source>Kind export (*.json)</source>
        <translation>Kind-Export (*.json)</translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation>Dein Journal exportieren</translation>
    </message>
    <message>
        <source>Take a quick break</source>
        <translation>Eine kurze Pause machen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Once more</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Why it can feel awkward at first</source>
        <translation>Warum es sich anfangs seltsam anfühlen kann</translation>
    </message>
    <message>
        <source>Thank you for this moment.</source>
        <translation>Danke für diesen Moment.</translation>
    </message>
    <message>
        <source>However it felt is okay. Kindness towards yourself can feel awkward or hollow at first; it grows out of many small moments like this one.</source>
        <translation>Wie auch immer es sich angefühlt hat, es ist in Ordnung. Freundlichkeit dir selbst gegenüber kann sich anfangs seltsam oder hohl anfühlen; sie wächst aus vielen kleinen Momenten wie diesem.</translation>
    </message>
    <message>
        <source>That&apos;s enough for now.</source>
        <translation>Für jetzt ist das genug.</translation>
    </message>
    <message>
        <source>Stopping part-way is fine. Even turning towards yourself for a few breaths counts.</source>
        <translation>Mittendrin aufzuhören ist in Ordnung. Auch ein paar Atemzüge, in denen du dich dir selbst zuwendest, zählen.</translation>
    </message>
</context>
<context>
    <name>FeelsFakeScreen</name>
    <message>
        <source>If it felt hollow</source>
        <translation>Wenn es sich hohl anfühlte</translation>
    </message>
    <message>
        <source>That&apos;s a very common way to start. If you learned to push yourself with criticism, a kind voice is bound to sound foreign at first, and a little weak next to years of the other one.</source>
        <translation>So fangen sehr viele an. Wenn du gelernt hast, dich mit Kritik anzutreiben, klingt eine freundliche Stimme zuerst fremd, und neben Jahren der anderen Stimme ein wenig schwach.</translation>
    </message>
    <message>
        <source>You could begin right there: “It makes sense that this feels strange to me. I grew up on tough love.” Being kind about finding kindness hard is already the practice.</source>
        <translation>Genau dort kannst du anfangen: „Es ist verständlich, dass sich das fremd anfühlt. Ich bin mit Strenge aufgewachsen.“ Freundlich damit zu sein, dass Freundlichkeit schwerfällt, ist schon die Übung.</translation>
    </message>
    <message>
        <source>You don&apos;t have to believe the kind words for them to work. The voice gets stronger with use, a little at a time.</source>
        <translation>Du musst die freundlichen Worte nicht glauben, damit sie wirken. Die Stimme wird mit der Zeit kräftiger, Stück für Stück.</translation>
    </message>
    <message>
        <source>Some people find it easier in the third person, by name: “Alex, this is new for you, and that&apos;s okay.”</source>
        <translation>Manchen fällt es leichter, sich mit dem eigenen Namen anzusprechen: „Alex, das ist neu für dich, und das ist in Ordnung.“</translation>
    </message>
    <message>
        <source>Write to yourself about how strange kindness feels: where you learned to be hard on yourself, and what a patient friend would say about that. You can use your own name.</source>
        <translation>Schreib dir, wie fremd sich Freundlichkeit anfühlt: wo du gelernt hast, streng mit dir zu sein, und was ein geduldiger Freund dazu sagen würde. Du kannst deinen eigenen Namen verwenden.</translation>
    </message>
    <message>
        <source>Write about it</source>
        <translation>Darüber schreiben</translation>
    </message>
    <message>
        <source>Write a letter about how strange kindness feels</source>
        <translation>Einen Brief darüber schreiben, wie fremd sich Freundlichkeit anfühlt</translation>
    </message>
    <message>
        <source>Why it can feel awkward</source>
        <translation>Warum es sich seltsam anfühlen kann</translation>
    </message>
    <message>
        <source>Learn why it can feel awkward</source>
        <translation>Lesen, warum es sich seltsam anfühlen kann</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>FindingPhrasesScreen</name>
    <message>
        <source>Finding your phrases</source>
        <translation>Deine Sätze finden</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>Your phrases</source>
        <translation>Deine Sätze</translation>
    </message>
    <message>
        <source>Keep them in My words, for the break&apos;s kind words and for soothing touch</source>
        <translation>In „Meine Worte“ aufheben, für die freundlichen Worte der Pause und für die beruhigende Berührung</translation>
    </message>
    <message>
        <source>In My words you can record them in your own voice, to be guided by it.</source>
        <translation>In „Meine Worte“ kannst du sie mit deiner eigenen Stimme aufnehmen und dich von ihr führen lassen.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Ctrl+Enter: next</source>
        <translation>Strg+Eingabe: weiter</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Short meditation, about three minutes</source>
        <translation>Kurze Meditation, etwa drei Minuten</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>One answer a line. A few words are enough.</source>
        <translation>Eine Antwort pro Zeile. Ein paar Worte genügen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Begin the meditation, about ten minutes</source>
        <translation>Beginnen, die Meditation dauert etwa zehn Minuten</translation>
    </message>
    <message>
        <source>Ctrl+Enter: begin</source>
        <translation>Strg+Eingabe: beginnen</translation>
    </message>
    <message>
        <source>Ctrl+Enter: short meditation</source>
        <translation>Strg+Eingabe: kurze Meditation</translation>
    </message>
    <message>
        <source>There are no phrases here yet. Go back and write a few words to one of the questions, one answer a line.</source>
        <translation>Hier stehen noch keine Sätze. Geh zurück und schreib ein paar Worte zu einer der Fragen, eine Antwort pro Zeile.</translation>
    </message>
    <message>
        <source>One phrase is here. The meditation takes two to four: go back and add another answer, even a small one.</source>
        <translation>Hier steht ein Satz. Die Meditation braucht zwei bis vier: Geh zurück und schreib noch eine Antwort dazu, gern auch eine kleine.</translation>
    </message>
    <message>
        <source>There are more than four. Keep the ones that feel truest, and empty the others&apos; lines: they stay in your answers.</source>
        <translation>Es sind mehr als vier. Behalte die, die sich am wahrsten anfühlen, und leere die Zeilen der anderen: In deinen Antworten bleiben sie stehen.</translation>
    </message>
    <message>
        <source>One phrase is long to say in a breath. Could it be shorter (at most %1 characters)?</source>
        <translation>Ein Satz ist lang für einen Atemzug. Darf er kürzer sein (höchstens %1 Zeichen)?</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Kind</source>
        <translation>Willkommen bei Kind</translation>
    </message>
    <message>
        <source>Kind offers short, guided moments of self-compassion: a minute or a few to turn towards yourself with the warmth you would give a friend.</source>
        <translation>Kind schenkt dir kurze, angeleitete Momente des Selbstmitgefühls: eine Minute oder ein paar, um dich dir selbst zuzuwenden, mit der Wärme, die du einem lieben Menschen geben würdest.</translation>
    </message>
    <message>
        <source>There is nothing to keep up and nothing to get right. Come when it helps, and leave whenever you like.</source>
        <translation>Hier gibt es nichts durchzuhalten und nichts richtig zu machen. Komm, wenn es dir hilft, und geh, wann immer du magst.</translation>
    </message>
    <message>
        <source>Soft bells</source>
        <translation>Sanfte Glocken</translation>
    </message>
    <message>
        <source>Gentle chimes mark each step, so you can close your eyes.</source>
        <translation>Leise Klänge markieren jeden Schritt, so kannst du die Augen schließen.</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Still</translation>
    </message>
    <message>
        <source>Words on the screen only. No sound at all.</source>
        <translation>Nur Worte auf dem Bildschirm, ganz ohne Klang.</translation>
    </message>
    <message>
        <source>Sound, or quiet?</source>
        <translation>Klang oder Stille?</translation>
    </message>
    <message>
        <source>The practices can be guided by soft bells, or simply by words on the screen.</source>
        <translation>Die Übungen können von sanften Glocken begleitet werden oder einfach von Worten auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>You can change this any time in Settings.</source>
        <translation>Du kannst das jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Add Kind to my app launcher</source>
        <translation>Kind zu meinen Programmen hinzufügen</translation>
    </message>
    <message>
        <source>Kind&apos;s icon in your menu of apps, with a break, soothing touch and breathing close at hand</source>
        <translation>Kinds Symbol in deinem Programmmenü, mit Pause, beruhigender Berührung und Atmen gleich zur Hand</translation>
    </message>
    <message>
        <source>Start Kind quietly in the tray when I log in</source>
        <translation>Kind beim Anmelden still im Infobereich starten</translation>
    </message>
    <message>
        <source>Yours alone</source>
        <translation>Nur für dich</translation>
    </message>
    <message>
        <source>Everything stays on this computer. Kind has no account, sends nothing anywhere, and keeps no record of you anywhere else.</source>
        <translation>Alles bleibt auf diesem Computer. Kind hat kein Konto, sendet nichts irgendwohin und speichert nirgendwo sonst etwas über dich.</translation>
    </message>
    <message>
        <source>Your practice history and your own words are kept in a private file you can export or delete.</source>
        <translation>Dein Übungsverlauf und deine eigenen Worte liegen in einer privaten Datei, die du exportieren oder löschen kannst.</translation>
    </message>
    <message>
        <source>Both can be changed later in Settings.</source>
        <translation>Beides lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the welcome</source>
        <translation>Begrüßung überspringen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Close the welcome</source>
        <translation>Begrüßung schließen</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
</context>
<context>
    <name>GivingSetupScreen</name>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
</context>
<context>
    <name>GroundingPause</name>
    <message>
        <source>Feel the ground</source>
        <translation>Den Boden spüren</translation>
    </message>
    <message>
        <source>The practice is paused. Take all the time you need; it will wait for you.</source>
        <translation>Die Übung ist angehalten. Nimm dir alle Zeit, die du brauchst; sie wartet auf dich.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Go back to the practice where you left it (Enter)</source>
        <translation>Zurück zur Übung, dort, wo du warst (Eingabetaste)</translation>
    </message>
    <message>
        <source>Leave the practice</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>End the practice here (Esc)</source>
        <translation>Die Übung hier beenden (Esc)</translation>
    </message>
    <message>
        <source>Enter or Space continues · Esc leaves</source>
        <translation>Eingabe oder Leertaste: weiter · Esc: beenden</translation>
    </message>
</context>
<context>
    <name>HeavinessScale</name>
    <message>
        <source>How heavy, from 0 (light) to 10 (very heavy)</source>
        <translation>Wie schwer, von 0 (leicht) bis 10 (sehr schwer)</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>By day</source>
        <translation>Nach Tagen</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Wochen</translation>
    </message>
    <message>
        <source>Your moments</source>
        <translation>Deine Momente</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Nothing here yet, and that&apos;s fine. Whenever you take a moment for yourself, it will appear here, on this computer only.</source>
        <translation>Hier ist noch nichts, und das ist in Ordnung. Wann immer du dir einen Moment nimmst, erscheint er hier, nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Every moment counts.</source>
        <translation>Jeder Moment zählt.</translation>
    </message>
    <message>
        <source>Your last check-ins: how heavy it felt before, and after.</source>
        <translation>Deine letzten Check-ins: wie schwer es sich vorher und nachher angefühlt hat.</translation>
    </message>
    <message>
        <source>When you use the check-ins, a small picture of before and after will appear here.</source>
        <translation>Wenn du die Check-ins nutzt, erscheint hier ein kleines Bild von vorher und nachher.</translation>
    </message>
    <message>
        <source>1 moment of kindness this month</source>
        <translation>1 freundlicher Moment in diesem Monat</translation>
    </message>
    <message>
        <source>%1 moments of kindness this month</source>
        <translation>%1 freundliche Momente in diesem Monat</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 moment</source>
        <translation>1 Moment</translation>
    </message>
    <message>
        <source>%1 moments</source>
        <translation>%1 Momente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>Self-Compassion Break</source>
        <translation type="vanished">Selbstmitgefühls-Pause</translation>
    </message>
    <message>
        <source>Soothing touch</source>
        <translation type="vanished">Beruhigende Berührung</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="vanished">Atmen</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation type="vanished">Erdung</translation>
    </message>
    <message>
        <source>A letter to yourself</source>
        <translation type="vanished">Ein Brief an dich</translation>
    </message>
    <message>
        <source>A friend&apos;s voice</source>
        <translation type="vanished">Eine freundliche Stimme</translation>
    </message>
    <message>
        <source>What&apos;s in the way?</source>
        <translation type="vanished">Was steht im Weg?</translation>
    </message>
    <message>
        <source>A kind day</source>
        <translation type="vanished">Ein freundlicher Tag</translation>
    </message>
    <message>
        <source>Guided Self-Compassion Break</source>
        <translation type="vanished">Angeleitete Selbstmitgefühls-Pause</translation>
    </message>
    <message>
        <source>felt %1 → %2</source>
        <translation>Schwere %1 → %2</translation>
    </message>
    <message>
        <source>felt %1 before</source>
        <translation>Schwere vorher %1</translation>
    </message>
    <message>
        <source>felt %1 after</source>
        <translation>Schwere nachher %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>check-in words in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>just a moment</source>
        <translation>nur einen Moment</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Take a kind moment</source>
        <translation>Nimm dir einen freundlichen Moment</translation>
    </message>
    <message>
        <source>Choose a practice, if you like. Each one can be paused or left with a single key.</source>
        <translation>Wähl eine Übung, wenn du magst. Jede lässt sich mit einer einzigen Taste pausieren oder beenden.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="vanished">Beginnen</translation>
    </message>
    <message>
        <source>Begin the one-minute break</source>
        <translation type="vanished">Die einminütige Pause beginnen</translation>
    </message>
    <message>
        <source>Begin the five-minute guided break</source>
        <translation type="vanished">Die fünfminütige angeleitete Pause beginnen</translation>
    </message>
    <message>
        <source>Self-Compassion Break</source>
        <translation type="vanished">Selbstmitgefühls-Pause</translation>
    </message>
    <message>
        <source>About a minute. Three short phrases for a hard moment.</source>
        <translation type="vanished">Etwa eine Minute. Drei kurze Sätze für einen schweren Moment.</translation>
    </message>
    <message>
        <source>Guided Self-Compassion Break</source>
        <translation type="vanished">Angeleitete Selbstmitgefühls-Pause</translation>
    </message>
    <message>
        <source>About five minutes, with more time for each phrase to land.</source>
        <translation type="vanished">Etwa fünf Minuten, mit mehr Zeit, damit jeder Satz ankommen kann.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="vanished">Auswählen</translation>
    </message>
    <message>
        <source>Choose a soothing touch</source>
        <translation type="vanished">Eine beruhigende Berührung auswählen</translation>
    </message>
    <message>
        <source>Choose a breathing pattern</source>
        <translation type="vanished">Ein Atemmuster auswählen</translation>
    </message>
    <message>
        <source>Soothing touch</source>
        <translation type="vanished">Beruhigende Berührung</translation>
    </message>
    <message>
        <source>Warmth for the body, with slow breaths and a kind phrase.</source>
        <translation type="vanished">Wärme für den Körper, mit langsamen Atemzügen und einem freundlichen Satz.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="vanished">Atmen</translation>
    </message>
    <message>
        <source>Slow breathing with a calm circle, or simply your own breath.</source>
        <translation type="vanished">Langsam atmen mit einem ruhigen Kreis, oder einfach mit deinem eigenen Atem.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="vanished">Schreiben</translation>
    </message>
    <message>
        <source>Write a compassionate letter</source>
        <translation type="vanished">Einen mitfühlenden Brief schreiben</translation>
    </message>
    <message>
        <source>Your letters</source>
        <translation type="vanished">Deine Briefe</translation>
    </message>
    <message>
        <source>Begin the compassionate friend reframe</source>
        <translation type="vanished">Das freundliche Umformulieren beginnen</translation>
    </message>
    <message>
        <source>Past reframes</source>
        <translation type="vanished">Frühere Umformulierungen</translation>
    </message>
    <message>
        <source>A letter to yourself</source>
        <translation type="vanished">Ein Brief an dich</translation>
    </message>
    <message>
        <source>Write to yourself as a wise and loving friend would.</source>
        <translation type="vanished">Schreib dir selbst, wie ein weiser, liebevoller Mensch es tun würde.</translation>
    </message>
    <message>
        <source>A friend&apos;s voice</source>
        <translation type="vanished">Eine freundliche Stimme</translation>
    </message>
    <message>
        <source>Say one harsh thought again, the way you&apos;d say it to a friend.</source>
        <translation type="vanished">Sag einen harten Gedanken noch einmal, so wie du ihn einem lieben Menschen sagen würdest.</translation>
    </message>
    <message>
        <source>Begin: what&apos;s in the way?</source>
        <translation type="vanished">Beginnen: Was steht im Weg?</translation>
    </message>
    <message>
        <source>Begin a kind day</source>
        <translation type="vanished">Einen freundlichen Tag beginnen</translation>
    </message>
    <message>
        <source>Catch one</source>
        <translation type="vanished">Festhalten</translation>
    </message>
    <message>
        <source>Catch a harsh thought</source>
        <translation type="vanished">Einen harten Gedanken festhalten</translation>
    </message>
    <message>
        <source>What&apos;s in the way?</source>
        <translation type="vanished">Was steht im Weg?</translation>
    </message>
    <message>
        <source>When something is hard to start, look kindly at why, and find one small step.</source>
        <translation type="vanished">Wenn etwas schwer anzufangen ist: freundlich schauen, warum, und einen kleinen Schritt finden.</translation>
    </message>
    <message>
        <source>A kind day</source>
        <translation type="vanished">Ein freundlicher Tag</translation>
    </message>
    <message>
        <source>One day of treating yourself as you&apos;d treat a good friend.</source>
        <translation type="vanished">Einen Tag lang mit dir umgehen, wie du mit einem guten Freund umgehen würdest.</translation>
    </message>
    <message>
        <source>When the critic speaks up, write it down in a few seconds and go on with your day. It waits, privately, in “A friend&apos;s voice”.</source>
        <translation type="vanished">Wenn sich der innere Kritiker meldet, schreib es in ein paar Sekunden auf und mach mit deinem Tag weiter. Es wartet, nur für dich, bei „Eine freundliche Stimme“.</translation>
    </message>
    <message>
        <source>My words</source>
        <translation>Meine Worte</translation>
    </message>
    <message>
        <source>Put the break&apos;s phrases in your own words</source>
        <translation>Die Sätze der Pause in deine eigenen Worte fassen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>What self-compassion is, and what it isn&apos;t</source>
        <translation>Was Selbstmitgefühl ist und was nicht</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The moments you&apos;ve given yourself</source>
        <translation>Die Momente, die du dir geschenkt hast</translation>
    </message>
    <message>
        <source>Everything stays on this computer.</source>
        <translation>Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation type="vanished">Zurückschauen</translation>
    </message>
    <message>
        <source>Look back on your kind day</source>
        <translation type="vanished">Auf deinen freundlichen Tag zurückschauen</translation>
    </message>
</context>
<context>
    <name>InTheWayScreen</name>
    <message>
        <source>What&apos;s in the way?</source>
        <translation>Was steht im Weg?</translation>
    </message>
    <message>
        <source>What is hard to start or keep going</source>
        <translation>Was schwer anzufangen oder dranzubleiben ist</translation>
    </message>
    <message>
        <source>For example: “Answering that email” or “Going for a run again”</source>
        <translation>Zum Beispiel: „Diese E-Mail beantworten“ oder „Wieder laufen gehen“</translation>
    </message>
    <message>
        <source>What is hard to start, or to keep going?</source>
        <translation>Was ist schwer anzufangen, oder dranzubleiben?</translation>
    </message>
    <message>
        <source>Name it plainly. There is probably a good reason it&apos;s hard; let&apos;s look for it.</source>
        <translation>Nenn es einfach beim Namen. Wahrscheinlich gibt es einen guten Grund, warum es schwer ist; lass uns danach suchen.</translation>
    </message>
    <message>
        <source>What&apos;s in the way, in your own words</source>
        <translation>Was im Weg steht, in deinen eigenen Worten</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In deinen eigenen Worten</translation>
    </message>
    <message>
        <source>Instead of “what&apos;s wrong with me?”, try “what is making this hard?” Choose what fits best.</source>
        <translation>Statt „Was stimmt nicht mit mir?“ versuch es mit „Was macht das gerade schwer?“ Wähle, was am besten passt.</translation>
    </message>
    <message>
        <source>Your answer (optional)</source>
        <translation>Deine Antwort (freiwillig)</translation>
    </message>
    <message>
        <source>A few words are enough, if you like.</source>
        <translation>Ein paar Worte reichen, wenn du magst.</translation>
    </message>
    <message>
        <source>There&apos;s no wrong answer. Take your time.</source>
        <translation>Es gibt keine falsche Antwort. Lass dir Zeit.</translation>
    </message>
    <message>
        <source>One small next step</source>
        <translation>Ein kleiner nächster Schritt</translation>
    </message>
    <message>
        <source>For example: “Open the file and read the first line”</source>
        <translation>Zum Beispiel: „Die Datei öffnen und die erste Zeile lesen“</translation>
    </message>
    <message>
        <source>A gentle reminder of it</source>
        <translation>Eine sanfte Erinnerung daran</translation>
    </message>
    <message>
        <source>A gentle reminder of it?</source>
        <translation>Eine sanfte Erinnerung daran?</translation>
    </message>
    <message>
        <source>Something small enough to do soon. Not a plan to live up to, just one step.</source>
        <translation>Etwas, das klein genug ist, um es bald zu tun. Kein Plan, dem du gerecht werden musst, nur ein Schritt.</translation>
    </message>
    <message>
        <source>Whatever happens with it, your worth stays just where it was. It&apos;s kept in your journal, for you alone.</source>
        <translation>Was auch immer daraus wird, dein Wert bleibt genau, wo er war. Es ist in deinem Tagebuch aufbewahrt, nur für dich.</translation>
    </message>
    <message>
        <source>Accountability, not punishment</source>
        <translation>Verantwortung statt Strafe</translation>
    </message>
    <message>
        <source>Read about accountability without punishment, in Learn</source>
        <translation>Unter „Wissen“ lesen: Verantwortung statt Strafe</translation>
    </message>
    <message>
        <source>What you found</source>
        <translation>Was du gefunden hast</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>What might be in the way of “%1”?</source>
        <translation>Was könnte „%1“ im Weg stehen?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Whenever you&apos;re ready: a few words or a choice here first, then Next.</source>
        <translation>Wann immer du so weit bist: erst ein paar Worte oder eine Wahl hier, dann Weiter.</translation>
    </message>
    <message>
        <source>Ctrl+Enter: next</source>
        <translation>Strg+Eingabe: weiter</translation>
    </message>
    <message>
        <source>Enter: next · Esc: back</source>
        <translation>Eingabe: weiter · Esc: zurück</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t keep this just now: %1. Your words are still here.</source>
        <translation>Kind konnte das gerade nicht aufbewahren: %1. Deine Worte sind noch da.</translation>
    </message>
    <message>
        <source>Hard right now: %1</source>
        <translation>Gerade schwer: %1</translation>
    </message>
    <message>
        <source>What might be in the way: %1</source>
        <translation>Was im Weg stehen könnte: %1</translation>
    </message>
    <message>
        <source>What you noticed: %1</source>
        <translation>Was dir aufgefallen ist: %1</translation>
    </message>
    <message>
        <source>One small next step: %1</source>
        <translation>Ein kleiner nächster Schritt: %1</translation>
    </message>
    <message>
        <source>A gentle reminder comes at %1.</source>
        <translation>Um %1 kommt eine sanfte Erinnerung.</translation>
    </message>
</context>
<context>
    <name>JournalEntryScreen</name>
    <message>
        <source>Your self-compassion journal</source>
        <translation>Dein Selbstmitgefühl-Tagebuch</translation>
    </message>
    <message>
        <source>What happened, and what you felt</source>
        <translation>Was passiert ist und was du gefühlt hast</translation>
    </message>
    <message>
        <source>For example: “I snapped at Sam in the meeting and felt ashamed all day”</source>
        <translation>Zum Beispiel: „Ich habe Sam in der Besprechung angefahren und mich den ganzen Tag geschämt“</translation>
    </message>
    <message>
        <source>What happened today, and what did you feel?</source>
        <translation>Was ist heute passiert, und was hast du gefühlt?</translation>
    </message>
    <message>
        <source>Something that was hard, said plainly: what happened and how it felt, without making it bigger or smaller than it was.</source>
        <translation>Etwas, das schwer war, schlicht gesagt: was passiert ist und wie es sich angefühlt hat, ohne es größer oder kleiner zu machen, als es war.</translation>
    </message>
    <message>
        <source>How this is part of being human</source>
        <translation>Wie das zum Menschsein gehört</translation>
    </message>
    <message>
        <source>For example: “Everyone loses their patience when they&apos;re tired”</source>
        <translation>Zum Beispiel: „Jeder verliert mal die Geduld, wenn er müde ist“</translation>
    </message>
    <message>
        <source>How is this part of being human?</source>
        <translation>Wie gehört das zum Menschsein?</translation>
    </message>
    <message>
        <source>Others go through this too. Feeling it doesn&apos;t set you apart; it&apos;s something people share.</source>
        <translation>Andere erleben das auch. Es zu fühlen, trennt dich nicht von anderen; es ist etwas, das Menschen teilen.</translation>
    </message>
    <message>
        <source>A few kind words to yourself</source>
        <translation>Ein paar freundliche Worte an dich selbst</translation>
    </message>
    <message>
        <source>For example: “It&apos;s okay. You were worn out, and you care. That matters.”</source>
        <translation>Zum Beispiel: „Es ist okay. Du warst erschöpft, und es ist dir nicht egal. Das zählt.“</translation>
    </message>
    <message>
        <source>The way a good friend would say them to you, warmly and simply.</source>
        <translation>So, wie ein guter Freund sie dir sagen würde, warm und einfach.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Ctrl+Enter: next</source>
        <translation>Strg+Eingabe: weiter</translation>
    </message>
    <message>
        <source>A few words are enough. A short entry is a full entry.</source>
        <translation>Ein paar Worte genügen. Ein kurzer Eintrag ist ein ganzer Eintrag.</translation>
    </message>
    <message>
        <source>Today&apos;s entry is here to go on with.</source>
        <translation>Dein Eintrag von heute ist da, du kannst weiterschreiben.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Ctrl+Enter: done</source>
        <translation>Strg+Eingabe: fertig</translation>
    </message>
    <message>
        <source>each turn is at most a long page</source>
        <translation>jeder Schritt ist höchstens eine lange Seite</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t keep this just now: %1. Your words are still here.</source>
        <translation>Kind konnte das gerade nicht aufbewahren: %1. Deine Worte sind noch da.</translation>
    </message>
    <message>
        <source>Kept in your journal, for you alone.</source>
        <translation>In deinem Tagebuch aufbewahrt, nur für dich.</translation>
    </message>
</context>
<context>
    <name>JournalHits</name>
    <message>
        <source>Found in your self-compassion journal</source>
        <translation>Gefunden in deinem Selbstmitgefühl-Tagebuch</translation>
    </message>
    <message>
        <source>In your self-compassion journal</source>
        <translation>In deinem Selbstmitgefühl-Tagebuch</translation>
    </message>
</context>
<context>
    <name>KindDayScreen</name>
    <message>
        <source>A kind day</source>
        <translation>Ein freundlicher Tag</translation>
    </message>
    <message>
        <source>Just for today, treat yourself the way you&apos;d treat a good friend: not spoiling yourself, not ignoring what&apos;s real, simply with basic kindness.</source>
        <translation>Nur für heute: Geh mit dir um, wie du mit einem guten Freund umgehen würdest. Nicht verwöhnend, ohne das Wirkliche zu übersehen, einfach mit grundlegender Freundlichkeit.</translation>
    </message>
    <message>
        <source>Two gentle invitations will come during the day (let them pass if you like), and in the evening a short look back. The day ends by itself tonight. Nothing to pass or fail.</source>
        <translation>Im Lauf des Tages kommen zwei sanfte Einladungen (lass sie ruhig vorbeiziehen), und am Abend ein kurzer Rückblick. Der Tag endet heute Nacht von selbst. Es gibt nichts zu bestehen.</translation>
    </message>
    <message>
        <source>An intention for today, in one line</source>
        <translation>Eine Absicht für heute, in einer Zeile</translation>
    </message>
    <message>
        <source>An intention for today</source>
        <translation>Eine Absicht für heute</translation>
    </message>
    <message>
        <source>For example: “Speak to myself the way I&apos;d speak to Ana”</source>
        <translation>Zum Beispiel: „Mit mir reden, wie ich mit Ana reden würde“</translation>
    </message>
    <message>
        <source>Looking back on today</source>
        <translation>Rückblick auf heute</translation>
    </message>
    <message>
        <source>A moment you were kind to yourself:</source>
        <translation>Ein Moment, in dem du freundlich zu dir warst:</translation>
    </message>
    <message>
        <source>A moment you were kind to yourself</source>
        <translation>Ein Moment, in dem du freundlich zu dir warst</translation>
    </message>
    <message>
        <source>A moment that was hard:</source>
        <translation>Ein Moment, der schwer war:</translation>
    </message>
    <message>
        <source>A moment that was hard</source>
        <translation>Ein Moment, der schwer war</translation>
    </message>
    <message>
        <source>A few words are enough; one of the two is plenty.</source>
        <translation>Ein paar Worte reichen; eines von beiden genügt völlig.</translation>
    </message>
    <message>
        <source>Thank you for spending a day on your own side. The words stay in your journal. Another kind day is here whenever you&apos;d like one.</source>
        <translation>Danke, dass du einen Tag lang auf deiner Seite warst. Die Worte bleiben in deinem Tagebuch. Ein weiterer freundlicher Tag ist da, wann immer du magst.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Begin the day</source>
        <translation>Den Tag beginnen</translation>
    </message>
    <message>
        <source>Your intention for today: “%1”</source>
        <translation>Deine Absicht für heute: „%1“</translation>
    </message>
    <message>
        <source>Your intention: “%1”</source>
        <translation>Deine Absicht: „%1“</translation>
    </message>
    <message>
        <source>Kind to yourself: %1</source>
        <translation>Freundlich zu dir: %1</translation>
    </message>
    <message>
        <source>Hard: %1</source>
        <translation>Schwer: %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Aufbewahren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t keep this just now: %1. Your words are still here.</source>
        <translation>Kind konnte das gerade nicht aufbewahren: %1. Deine Worte sind noch da.</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesetext</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Wissen</translation>
    </message>
</context>
<context>
    <name>LengthChooser</name>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Another length…</source>
        <translation>Andere Dauer…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
</context>
<context>
    <name>LetterScreen</name>
    <message>
        <source>A title, if you like</source>
        <translation>Ein Titel, wenn du magst</translation>
    </message>
    <message>
        <source>Title of the letter</source>
        <translation>Titel des Briefs</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>Show or hide the prompts (%1)</source>
        <translation>Impulse zeigen oder ausblenden (%1)</translation>
    </message>
    <message>
        <source>Show the prompts</source>
        <translation>Impulse zeigen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Open your letters</source>
        <translation>Deine Briefe öffnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done writing: save and close the letter</source>
        <translation>Fertig geschrieben: Brief speichern und schließen</translation>
    </message>
    <message>
        <source>Dear me, …</source>
        <translation>Liebes Ich, …</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Dein Brief</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Anzahl der Wörter</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Hide the prompts</source>
        <translation>Impulse ausblenden</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t save just now: %1. Your words are still here; Kind will keep trying.</source>
        <translation>Kind konnte gerade nicht speichern: %1. Deine Worte sind noch da; Kind versucht es weiter.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
</context>
<context>
    <name>LettersLibrary</name>
    <message>
        <source>Letters</source>
        <translation>Briefe</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Brief schreiben</translation>
    </message>
    <message>
        <source>Write a new letter</source>
        <translation>Einen neuen Brief schreiben</translation>
    </message>
    <message>
        <source>Everything you&apos;ve written to yourself, newest first. Only you can see it.</source>
        <translation>Alles, was du dir selbst geschrieben hast, das Neueste zuerst. Nur du kannst es sehen.</translation>
    </message>
    <message>
        <source>Search your letters</source>
        <translation>Deine Briefe durchsuchen</translation>
    </message>
    <message>
        <source>Letter deleted.</source>
        <translation>Brief gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: bring the letter back</source>
        <translation>Rückgängig: den Brief zurückholen</translation>
    </message>
    <message>
        <source>Bring the letter back (Ctrl+Z)</source>
        <translation>Den Brief zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Your letters</source>
        <translation>Deine Briefe</translation>
    </message>
    <message>
        <source>No letters yet. When you&apos;re ready, a letter to yourself can start with a single line.</source>
        <translation>Noch keine Briefe. Wenn du so weit bist, kann ein Brief an dich mit einer einzigen Zeile beginnen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the letter</source>
        <translation>Den Brief öffnen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the letter as Markdown</source>
        <translation>Den Brief als Markdown exportieren</translation>
    </message>
    <message>
        <source>Save the letter as a Markdown file</source>
        <translation>Den Brief als Markdown-Datei speichern</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF</source>
        <translation>Den Brief als PDF speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Den Brief drucken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the letter</source>
        <translation>Den Brief löschen</translation>
    </message>
    <message>
        <source>Delete the letter (you can undo this)</source>
        <translation>Den Brief löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Remind me to reread this letter</source>
        <translation>Erinnere mich daran, diesen Brief wieder zu lesen</translation>
    </message>
    <message>
        <source>Remind me to reread…</source>
        <translation>Wieder lesen…</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>In einem Monat</translation>
    </message>
    <message>
        <source>In three months</source>
        <translation>In drei Monaten</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t show your letters: %1</source>
        <translation>Kind konnte deine Briefe nicht zeigen: %1</translation>
    </message>
    <message>
        <source>No letters with “%1”.</source>
        <translation>Keine Briefe mit „%1“.</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t open the letter: %1</source>
        <translation>Kind konnte den Brief nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t delete the letter: %1</source>
        <translation>Kind konnte den Brief nicht löschen: %1</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t bring the letter back: %1</source>
        <translation>Kind konnte den Brief nicht zurückholen: %1</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t write %1: %2</source>
        <translation>Kind konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Saved as %1, in %2.</source>
        <translation>Gespeichert als %1, in %2.</translation>
    </message>
    <message>
        <source>Export the letter</source>
        <translation>Den Brief exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t keep the reminder: %1</source>
        <translation>Kind konnte die Erinnerung nicht behalten: %1</translation>
    </message>
    <message>
        <source>Reread on %1</source>
        <translation>Wieder lesen am %1</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Lock my letters with a passphrase</source>
        <translation>Meine Briefe mit einer Passphrase verschließen</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Die Passphrase ändern</translation>
    </message>
    <message>
        <source>Take the lock off</source>
        <translation>Das Schloss abnehmen</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>Deine jetzige Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>Die neue Passphrase noch einmal</translation>
    </message>
    <message>
        <source>About the new passphrase</source>
        <translation>Zur neuen Passphrase</translation>
    </message>
    <message>
        <source>Lock them</source>
        <translation>Verschließen</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Your letters, reframes and history will be encrypted on this computer. Please know before you choose: if the passphrase is forgotten, nobody can bring them back, not Kind and not anyone else. There is no reset.</source>
        <translation>Deine Briefe, Umformulierungen und dein Verlauf werden auf diesem Computer verschlüsselt. Bitte wisse, bevor du dich entscheidest: Wenn die Passphrase vergessen ist, kann sie niemand zurückholen, weder Kind noch sonst jemand. Es gibt kein Zurücksetzen.</translation>
    </message>
    <message>
        <source>You may like to export a copy first and keep it somewhere safe. The export is a plain file anyone with it can read.</source>
        <translation>Vielleicht möchtest du vorher eine Kopie exportieren und sicher aufbewahren. Der Export ist eine einfache Datei, die jeder lesen kann, der sie hat.</translation>
    </message>
    <message>
        <source>Export a copy first…</source>
        <translation>Erst eine Kopie exportieren…</translation>
    </message>
    <message>
        <source>Export your journal before locking it</source>
        <translation>Dein Journal exportieren, bevor es verschlossen wird</translation>
    </message>
    <message>
        <source>As with the first one, a forgotten passphrase cannot be recovered.</source>
        <translation>Wie bei der ersten lässt sich eine vergessene Passphrase nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Your journal will be stored unencrypted again, as it was before the lock. Anyone who can open your files could read it.</source>
        <translation>Dein Journal wird wieder unverschlüsselt gespeichert, wie vor dem Schloss. Wer deine Dateien öffnen kann, könnte es lesen.</translation>
    </message>
    <message>
        <source>Passphrase now</source>
        <translation>Jetzige Passphrase</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>A passphrase needs more than spaces: a few words work well.</source>
        <translation>Eine Passphrase braucht mehr als Leerzeichen: Ein paar Wörter passen gut.</translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters, please; a few words work well.</source>
        <translation>Bitte eine Passphrase aus mindestens %1 Zeichen; ein paar Wörter eignen sich gut.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same yet.</source>
        <translation>Die beiden neuen Passphrasen sind noch nicht gleich.</translation>
    </message>
    <message>
        <source>Type your passphrase now first.</source>
        <translation>Gib zuerst deine jetzige Passphrase ein.</translation>
    </message>
    <message>
        <source>This one may be easy to guess. A few ordinary words that only you would put together are stronger, and easy to remember.</source>
        <translation>Diese ist vielleicht leicht zu erraten. Ein paar gewöhnliche Wörter, die nur du so zusammenstellen würdest, sind stärker und leicht zu merken.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Dein Journal wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Nachricht schließen</translation>
    </message>
</context>
<context>
    <name>Pacer</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <source>Follow your own breath</source>
        <translation>Folge deinem eigenen Atem</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathing guide, no pacing</source>
        <translation>Atemhilfe, ohne Takt</translation>
    </message>
</context>
<context>
    <name>PastReframes</name>
    <message>
        <source>Past reframes</source>
        <translation>Frühere Umformulierungen</translation>
    </message>
    <message>
        <source>New reframe</source>
        <translation>Neu umformulieren</translation>
    </message>
    <message>
        <source>The kinder words you&apos;ve found so far. Open one to read it aloud again.</source>
        <translation>Die freundlicheren Worte, die du bisher gefunden hast. Öffne eine Umformulierung, um sie noch einmal laut zu lesen.</translation>
    </message>
    <message>
        <source>No reframes yet. The next time your inner critic gets loud, you could try one here.</source>
        <translation>Noch keine Umformulierungen. Wenn die innere Kritik das nächste Mal laut wird, kannst du es hier einmal versuchen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the reframe</source>
        <translation>Die Umformulierung öffnen</translation>
    </message>
    <message>
        <source>to %1 · %2</source>
        <translation>für: %1 · %2</translation>
    </message>
</context>
<context>
    <name>PastSelfScreen</name>
    <message>
        <source>What you wrote then</source>
        <translation>Was du damals geschrieben hast</translation>
    </message>
    <message>
        <source>Don&apos;t offer earlier letters or reframes again</source>
        <translation>Keine früheren Briefe oder freundlicheren Worte mehr anbieten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>PatternChooser</name>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Eigenes Muster</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1: Sekunden</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>ein %1</translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>halten %1</translation>
    </message>
    <message>
        <source>out %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>At least one part of the pattern needs some time.</source>
        <translation>Mindestens ein Teil des Musters braucht etwas Zeit.</translation>
    </message>
    <message>
        <source>No pacing: only the phrase, and a bell at the end.</source>
        <translation>Ohne Takt: nur der Satz und eine Glocke am Ende.</translation>
    </message>
    <message>
        <source>Holds are optional. If you feel light-headed, stop holding and breathe normally.</source>
        <translation>Das Anhalten ist freiwillig. Wenn dir schwindelig wird, lass es und atme normal.</translation>
    </message>
    <message>
        <source>About %1 breaths a minute.</source>
        <translation>Etwa %1 Atemzüge pro Minute.</translation>
    </message>
</context>
<context>
    <name>PhraseRow</name>
    <message>
        <source>Phrase %1</source>
        <translation>Satz %1</translation>
    </message>
    <message>
        <source>As I wrote it</source>
        <translation>Wie ich es schrieb</translation>
    </message>
    <message>
        <source>As a wish</source>
        <translation>Als Wunsch</translation>
    </message>
</context>
<context>
    <name>PracticeScreen</name>
    <message>
        <source>Paused. Press Space to go on when you&apos;re ready.</source>
        <translation>Pausiert. Drück die Leertaste, wenn du weitermachen möchtest.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Left arrow)</source>
        <translation>Zurück (Pfeil nach links)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next (Right arrow)</source>
        <translation>Weiter (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation>Beenden (Esc)</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Erden</translation>
    </message>
    <message>
        <source>Too much right now? Pause and feel the ground under you (G)</source>
        <translation>Gerade zu viel? Halte an und spüre den Boden unter dir (G)</translation>
    </message>
    <message>
        <source>Too much right now? Stop here and ground yourself for a minute (G)</source>
        <translation type="vanished">Gerade zu viel? Halte hier an und erde dich eine Minute lang (G)</translation>
    </message>
    <message>
        <source>Space pauses · ← and → move between steps · Esc leaves · G grounds</source>
        <translation>Leertaste: Pause · ← und →: Schritte wechseln · Esc: beenden · G: erden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
</context>
<context>
    <name>PrivacySettings</name>
    <message>
        <source>Lock my letters with a passphrase</source>
        <translation>Meine Briefe mit einer Passphrase verschließen</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Die Passphrase ändern</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt verschließen</translation>
    </message>
    <message>
        <source>Lock them now</source>
        <translation>Jetzt verschließen</translation>
    </message>
    <message>
        <source>Lock again after</source>
        <translation>Wieder verschließen nach</translation>
    </message>
    <message>
        <source>%1 minutes without use</source>
        <translation>%1 Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source>Your letters, reframes and history are encrypted on this computer, and Kind asks for the passphrase when you open them. While they are locked, breaks from the tray still work: when and how long each one was (never any words) waits in a small unlocked file until you next unlock.</source>
        <translation>Deine Briefe, Umformulierungen und dein Verlauf sind auf diesem Computer verschlüsselt, und Kind fragt nach der Passphrase, wenn du sie öffnest. Solange sie verschlossen sind, funktionieren Pausen aus dem Infobereich weiter: Wann und wie lange jede war (nie irgendwelche Worte), wartet in einer kleinen unverschlüsselten Datei, bis du das nächste Mal aufschließt.</translation>
    </message>
    <message>
        <source>…and when the screen locks, if the desktop says so.</source>
        <translation>…und wenn der Bildschirm gesperrt wird, sofern der Desktop es mitteilt.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <source>Remember the key in this computer&apos;s keyring</source>
        <translation>Den Schlüssel im Schlüsselbund dieses Computers merken</translation>
    </message>
    <message>
        <source>The key is kept in your desktop&apos;s keyring, and Kind opens your letters without asking while you are logged in. The keyring&apos;s own lock protects them.</source>
        <translation>Der Schlüssel liegt im Schlüsselbund deines Desktops, und Kind öffnet deine Briefe ohne zu fragen, solange du angemeldet bist. Das Schloss des Schlüsselbunds schützt sie.</translation>
    </message>
</context>
<context>
    <name>ProgressDots</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>Write to yourself as a wise, loving friend who knows everything and cares anyway. Honest and kind matters more than long or polished.</source>
        <translation>Schreib dir selbst wie ein weiser, liebevoller Mensch, der alles weiß und dich trotzdem gern hat. Ehrlich und freundlich zählt mehr als lang oder geschliffen.</translation>
    </message>
    <message>
        <source>What would this friend say about what happened?</source>
        <translation>Was würde dieser Mensch zu dem sagen, was passiert ist?</translation>
    </message>
    <message>
        <source>What do they understand about why you did what you did?</source>
        <translation>Was versteht dieser Mensch darüber, warum du so gehandelt hast?</translation>
    </message>
    <message>
        <source>Which of your strengths would they remind you of?</source>
        <translation>An welche deiner Stärken würde dieser Mensch dich erinnern?</translation>
    </message>
    <message>
        <source>What gentle advice would they give, for your wellbeing and not just for how well you do?</source>
        <translation>Welchen sanften Rat würde dieser Mensch dir geben, für dein Wohlbefinden und nicht nur für deine Leistung?</translation>
    </message>
    <message>
        <source>If “I” feels too close, write to yourself by name, as “you”: “Alex, you did what you could.”</source>
        <translation>Wenn „ich“ sich zu nah anfühlt, schreib dir mit deinem Namen, als „du“: „Alex, du hast getan, was du konntest.“</translation>
    </message>
    <message>
        <source>Later, when the old pain comes back, rereading what you wrote is part of the practice.</source>
        <translation>Wenn der alte Schmerz später zurückkommt, gehört es zur Übung, noch einmal zu lesen, was du geschrieben hast.</translation>
    </message>
    <message>
        <source>Prompts for the letter</source>
        <translation>Impulse für den Brief</translation>
    </message>
</context>
<context>
    <name>RatingSlider</name>
    <message>
        <source>From %1 (left) to %2 (right)</source>
        <translation>Von %1 (links) bis %2 (rechts)</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>You don&apos;t have to believe it yet.</source>
        <translation>Es ist in Ordnung, wenn du es noch nicht glaubst.</translation>
    </message>
    <message>
        <source>Try reading it aloud, slowly, the way you&apos;d say it to them.</source>
        <translation>Lies es, wenn du magst, langsam laut, so wie du es diesem Menschen sagen würdest.</translation>
    </message>
    <message>
        <source>the kind version</source>
        <translation>die freundliche Fassung</translation>
    </message>
    <message>
        <source>As you&apos;d say it to %1</source>
        <translation>So, wie %1 es von dir hören würde</translation>
    </message>
    <message>
        <source>The kind version</source>
        <translation>Die freundliche Fassung</translation>
    </message>
</context>
<context>
    <name>ReframeScreen</name>
    <message>
        <source>A friend&apos;s voice</source>
        <translation>Eine freundliche Stimme</translation>
    </message>
    <message>
        <source>Past reframes</source>
        <translation>Frühere Umformulierungen</translation>
    </message>
    <message>
        <source>Show past reframes</source>
        <translation>Frühere Umformulierungen zeigen</translation>
    </message>
    <message>
        <source>The critical thought</source>
        <translation>Der kritische Gedanke</translation>
    </message>
    <message>
        <source>For example: “You always mess things up. What is wrong with you?”</source>
        <translation>Zum Beispiel: „Du vermasselst immer alles. Was stimmt nicht mit dir?“</translation>
    </message>
    <message>
        <source>Write it down just as it sounds in your head. No need to soften it here.</source>
        <translation>Schreib ihn genau so auf, wie er in deinem Kopf klingt. Du brauchst ihn hier nicht abzumildern.</translation>
    </message>
    <message>
        <source>Someone you cherish</source>
        <translation>Ein Mensch, der dir lieb ist</translation>
    </message>
    <message>
        <source>A name, or “a close friend”</source>
        <translation>Ein Name, oder „ein lieber Mensch“</translation>
    </message>
    <message>
        <source>A close friend</source>
        <translation>Ein lieber Mensch</translation>
    </message>
    <message>
        <source>Use “a close friend”</source>
        <translation>„ein lieber Mensch“ verwenden</translation>
    </message>
    <message>
        <source>a close friend</source>
        <translation>ein lieber Mensch</translation>
    </message>
    <message>
        <source>Think of someone you care about deeply: a friend, a child, a sister, a younger you. Who comes to mind?</source>
        <translation>Denk an jemanden, der dir sehr am Herzen liegt: eine Freundin, ein Kind, ein Bruder, dein jüngeres Ich. Wer fällt dir ein?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Weiß nicht</translation>
    </message>
    <message>
        <source>The kind version</source>
        <translation>Die freundliche Fassung</translation>
    </message>
    <message>
        <source>For example: “That was hard, and you did what you could. What would help now?”</source>
        <translation>Zum Beispiel: „Das war schwer, und du hast getan, was du konntest. Was würde dir jetzt helfen?“</translation>
    </message>
    <message>
        <source>If you like, write it to yourself by name, in the third person: “Alex, this was a rough day, and it makes sense that it hurts.”</source>
        <translation>Wenn du magst, schreib es an dich selbst, mit deinem Namen, wie von außen: „Alex, das war ein harter Tag, und es ist verständlich, dass es wehtut.“</translation>
    </message>
    <message>
        <source>Say what you&apos;d really say: honest, warm, on their side.</source>
        <translation>Sag, was du wirklich sagen würdest: ehrlich, warm und ganz auf der Seite dieses Menschen.</translation>
    </message>
    <message>
        <source>stuck</source>
        <translation>festgefahren</translation>
    </message>
    <message>
        <source>motivated</source>
        <translation>motiviert</translation>
    </message>
    <message>
        <source>powerless</source>
        <translation>machtlos</translation>
    </message>
    <message>
        <source>empowered</source>
        <translation>gestärkt</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>abgewertet</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>anerkannt</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1: von %2 bis %3</translation>
    </message>
    <message>
        <source>How does each one feel?</source>
        <translation>Wie fühlt sich jede Fassung an?</translation>
    </message>
    <message>
        <source>Read each one to yourself and notice, without judging, where it leaves you.</source>
        <translation>Lies dir jede Fassung vor und nimm ohne Urteil wahr, wie es dir danach geht.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Noch einmal speichern</translation>
    </message>
    <message>
        <source>Would you say this to %1?</source>
        <translation>Würde %1 das so von dir hören?</translation>
    </message>
    <message>
        <source>How would you say it to %1?</source>
        <translation>Wie würde %1 es von dir hören?</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a thought in quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Whenever you&apos;re ready: a few words here first, in any shape, then Next.</source>
        <translation>Wann immer du so weit bist: erst ein paar Worte hier, ganz gleich wie, dann Weiter.</translation>
    </message>
    <message>
        <source>Ctrl+Enter: next</source>
        <translation>Strg+Eingabe: weiter</translation>
    </message>
    <message>
        <source>Enter: next · Esc: back</source>
        <translation>Eingabe: weiter · Esc: zurück</translation>
    </message>
    <message>
        <source>That&apos;s fine — no need to scold yourself for the scolding. Most of us speak to ourselves in ways we&apos;d never speak to someone we love.</source>
        <translation>Das ist in Ordnung – kein Grund, dich für die Schelte auch noch zu schelten. Die meisten von uns sprechen mit sich selbst, wie sie nie mit jemandem sprechen würden, den sie lieben.</translation>
    </message>
    <message>
        <source>Then let&apos;s see whether there&apos;s a warmer way to say it, to them and to you.</source>
        <translation>Dann lass uns schauen, ob es sich wärmer sagen lässt, für diesen Menschen und für dich.</translation>
    </message>
    <message>
        <source>That&apos;s all right. Let&apos;s try a kinder version and see how it feels.</source>
        <translation>Das ist in Ordnung. Lass uns eine freundlichere Fassung versuchen und schauen, wie sie sich anfühlt.</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t save this just now: %1. Your words are still here; try again in a moment.</source>
        <translation>Kind konnte das gerade nicht speichern: %1. Deine Worte sind noch da; versuch es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Invite me to a kind moment now and then</source>
        <translation>Lade mich ab und zu zu einem freundlichen Moment ein</translation>
    </message>
    <message>
        <source>Gentle reminders</source>
        <translation type="vanished">Sanfte Erinnerungen</translation>
    </message>
    <message>
        <source>When to remind</source>
        <translation>Wann erinnern</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>Alle paar Stunden</translation>
    </message>
    <message>
        <source>At set times</source>
        <translation>Zu festen Zeiten</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Hours between reminders</source>
        <translation>Stunden zwischen den Erinnerungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="vanished">Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="vanished">Bis</translation>
    </message>
    <message>
        <source>Only between: from</source>
        <translation>Nur zwischen: von</translation>
    </message>
    <message>
        <source>Only between: until</source>
        <translation>Nur zwischen: bis</translation>
    </message>
    <message>
        <source>Reminder times, separated by commas</source>
        <translation>Erinnerungszeiten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>%1: a quiet day</source>
        <translation>%1: ein ruhiger Tag</translation>
    </message>
    <message>
        <source>While I&apos;m away from the computer</source>
        <translation>Während ich nicht am Computer bin</translation>
    </message>
    <message>
        <source>While Do Not Disturb is on</source>
        <translation>Während „Nicht stören“ an ist</translation>
    </message>
    <message>
        <source>During a call, a film or a full-screen app</source>
        <translation>Bei einem Anruf, einem Film oder einer Vollbild-App</translation>
    </message>
    <message>
        <source>Start Kind quietly in the tray when I log in</source>
        <translation>Kind beim Anmelden still im Infobereich starten</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Nur zwischen</translation>
    </message>
    <message>
        <source>Outside these hours Kind stays quiet.</source>
        <translation>Außerhalb dieser Zeit bleibt Kind still.</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Uhrzeiten für Erinnerungen</translation>
    </message>
    <message>
        <source>Separated by commas, like 10:30, 15:00</source>
        <translation>Mit Kommas getrennt, etwa 10:30, 15:00</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="vanished">Beim Anmelden starten</translation>
    </message>
    <message>
        <source>between</source>
        <translation type="vanished">zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation type="vanished">und</translation>
    </message>
    <message>
        <source>Quiet days</source>
        <translation>Ruhige Tage</translation>
    </message>
    <message>
        <source>No reminders on the days you choose.</source>
        <translation>An den Tagen, die du wählst, kommt keine Erinnerung.</translation>
    </message>
    <message>
        <source>Kind waits for a good moment</source>
        <translation>Kind wartet auf einen guten Moment</translation>
    </message>
    <message>
        <source>A reminder waits while you&apos;re away, while Do Not Disturb is on, and during a call, a film or a full-screen app; after a long time away, a single welcome back comes instead.</source>
        <translation>Eine Erinnerung wartet, während du nicht da bist, während „Nicht stören“ an ist und bei einem Anruf, einem Film oder einer Vollbild-App; nach längerer Zeit kommt stattdessen ein einziges „Willkommen zurück“.</translation>
    </message>
    <message>
        <source>Reminders are shown as notifications or beside the tray icon, and this desktop has neither.</source>
        <translation>Erinnerungen erscheinen als Benachrichtigungen oder neben dem Symbol im Infobereich, und diese Arbeitsumgebung hat beides nicht.</translation>
    </message>
    <message>
        <source>A reminder is a quiet notification. Letting it pass is fine; nothing is counted. Without a tray, reminders come while Kind&apos;s window is open (minimised is fine).</source>
        <translation>Eine Erinnerung ist eine leise Benachrichtigung. Du kannst sie einfach vorbeiziehen lassen; nichts wird gezählt. Ohne Infobereich kommen Erinnerungen, solange Kinds Fenster offen ist (auch minimiert).</translation>
    </message>
    <message>
        <source>A reminder is a quiet notification. Letting it pass is fine; nothing is counted.</source>
        <translation>Eine Erinnerung ist eine leise Benachrichtigung. Du kannst sie einfach vorbeiziehen lassen; nichts wird gezählt.</translation>
    </message>
    <message>
        <source>Times look like 10:30, separated by commas.</source>
        <translation>Zeiten sehen so aus: 10:30, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Yes, remove %1</source>
        <translation>Ja, %1 entfernen</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Your journal is back as it was in the latest backup.</source>
        <translation>Dein Journal ist wieder so, wie es in der neuesten Sicherung war.</translation>
    </message>
    <message>
        <source>Kind also locked the older copies of your journal and your recorded voice with the same passphrase.</source>
        <translation>Kind hat auch die älteren Kopien deines Journals und deine aufgenommene Stimme mit derselben Passphrase verschlossen.</translation>
    </message>
    <message>
        <source>Kind also locked the older copies of your journal with the same passphrase.</source>
        <translation>Kind hat auch die älteren Kopien deines Journals mit derselben Passphrase verschlossen.</translation>
    </message>
    <message>
        <source>Kind also locked your recorded voice with the same passphrase.</source>
        <translation>Kind hat auch deine aufgenommene Stimme mit derselben Passphrase verschlossen.</translation>
    </message>
    <message>
        <source>Some older copies of your journal are still under an earlier passphrase; Kind left them as they were.</source>
        <translation>Einige ältere Kopien deines Journals sind noch mit einer früheren Passphrase verschlossen; Kind hat sie gelassen, wie sie waren.</translation>
    </message>
</context>
<context>
    <name>SettingsFlow</name>
    <message>
        <source>Kind could not change the launcher; nothing has changed.</source>
        <translation>Kind konnte die Programme nicht ändern; nichts hat sich verändert.</translation>
    </message>
    <message>
        <source>Kind is in your app launcher now.</source>
        <translation>Kind ist jetzt in deinen Programmen.</translation>
    </message>
    <message>
        <source>Kind is no longer in your app launcher.</source>
        <translation>Kind ist nicht mehr in deinen Programmen.</translation>
    </message>
    <message>
        <source>The lock is on. Kind will ask for your passphrase when you open your letters.</source>
        <translation>Die Sperre ist an. Kind fragt nach deiner Passphrase, wenn du deine Briefe öffnest.</translation>
    </message>
    <message>
        <source>The lock is off. Your letters open without a passphrase.</source>
        <translation>Die Sperre ist aus. Deine Briefe öffnen sich ohne Passphrase.</translation>
    </message>
    <message>
        <source>Your new passphrase is in place.</source>
        <translation>Deine neue Passphrase gilt jetzt.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open them; nothing has changed.</source>
        <translation>Diese Passphrase öffnet sie nicht; nichts hat sich verändert.</translation>
    </message>
    <message>
        <source>Kind could not change the lock; nothing has changed.</source>
        <translation>Kind konnte das Schloss nicht ändern; nichts hat sich verändert.</translation>
    </message>
    <message>
        <source>Locked. Your passphrase opens them again.</source>
        <translation>Verschlossen. Deine Passphrase öffnet sie wieder.</translation>
    </message>
    <message>
        <source>Kind could not bring that backup back; nothing has changed.</source>
        <translation>Kind konnte diese Sicherung nicht zurückholen; nichts hat sich verändert.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Sound volume</source>
        <translation type="vanished">Lautstärke</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Play a chime at this volume</source>
        <translation>Einen Klang in dieser Lautstärke abspielen</translation>
    </message>
    <message>
        <source>Mute all sounds</source>
        <translation>Alle Klänge stumm schalten</translation>
    </message>
    <message>
        <source>Sound theme</source>
        <translation>Klangfarbe</translation>
    </message>
    <message>
        <source>Singing bowls: low, warm and slow</source>
        <translation>Klangschalen: tief, warm und langsam</translation>
    </message>
    <message>
        <source>Soft chimes: lighter and brighter</source>
        <translation>Sanfte Glöckchen: leichter und heller</translation>
    </message>
    <message>
        <source>Silent: words on the screen only</source>
        <translation>Still: nur Worte auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Sound output device</source>
        <translation>Audio-Ausgabegerät</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Opening bell</source>
        <translation>Anfangsglocke</translation>
    </message>
    <message>
        <source>Settling chime</source>
        <translation>Ankommensklang</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Erster Schritt</translation>
    </message>
    <message>
        <source>Second step</source>
        <translation>Zweiter Schritt</translation>
    </message>
    <message>
        <source>Third step</source>
        <translation>Dritter Schritt</translation>
    </message>
    <message>
        <source>Closing bowl</source>
        <translation>Schlussklang</translation>
    </message>
    <message>
        <source>In-breath</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Out-breath</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Listen to the %1</source>
        <translation>Anhören: %1</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Wie das System (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>Quick, about one minute</source>
        <translation>Kurz, etwa eine Minute</translation>
    </message>
    <message>
        <source>Guided, about five minutes</source>
        <translation>Angeleitet, etwa fünf Minuten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept on this computer.</source>
        <translation>Änderungen gelten sofort und bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Evening time</source>
        <translation>Uhrzeit am Abend</translation>
    </message>
    <message>
        <source>Kind is in your app launcher, with its icon and its practices.</source>
        <translation>Kind ist in deinen Programmen, mit seinem Symbol und seinen Übungen.</translation>
    </message>
    <message>
        <source>Kind&apos;s icon in your menu of apps, with a break, soothing touch and breathing close at hand.</source>
        <translation>Kinds Symbol in deinem Programmmenü, mit Pause, beruhigender Berührung und Atmen gleich zur Hand.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Klang</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Klänge</translation>
    </message>
    <message>
        <source>Play through</source>
        <translation>Ausgabe über</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Probehören</translation>
    </message>
    <message>
        <source>Hear each of the practice&apos;s sounds.</source>
        <translation>Hör dir jeden Klang der Übungen an.</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Tray break</source>
        <translation>Pause im Infobereich</translation>
    </message>
    <message>
        <source>What Quick break in the tray begins.</source>
        <translation>Was „Kurze Pause“ im Infobereich beginnt.</translation>
    </message>
    <message>
        <source>A still shape with words instead of the moving circle.</source>
        <translation>Eine ruhende Form mit Worten statt des bewegten Kreises.</translation>
    </message>
    <message>
        <source>Motion</source>
        <translation type="vanished">Bewegung</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Kind starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Kind.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="vanished">Erinnerungen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export your journal to a file</source>
        <translation>Dein Journal in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a Kind export file</source>
        <translation>Eine Kind-Exportdatei importieren</translation>
    </message>
    <message>
        <source>Your journal</source>
        <translation>Dein Journal</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Export or import</source>
        <translation>Exportieren oder importieren</translation>
    </message>
    <message>
        <source>It stays on this computer. An export is a plain JSON file you can keep or move; importing never duplicates.</source>
        <translation>Es bleibt auf diesem Computer. Ein Export ist eine einfache JSON-Datei, die du aufbewahren oder mitnehmen kannst; beim Importieren wird nichts doppelt angelegt.</translation>
    </message>
    <message>
        <source>Add Kind to my app launcher</source>
        <translation>Kind zu meinen Programmen hinzufügen</translation>
    </message>
    <message>
        <source>App launcher</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Remove Kind from the launcher</source>
        <translation>Kind aus den Programmen entfernen</translation>
    </message>
    <message>
        <source>Kind is in your app launcher, installed with your system.</source>
        <translation>Kind ist in deinen Programmen, mit deinem System installiert.</translation>
    </message>
    <message>
        <source>%1 (not connected: using the default)</source>
        <translation>%1 (nicht verbunden: Standard wird genutzt)</translation>
    </message>
</context>
<context>
    <name>TouchSetupScreen</name>
    <message>
        <source>Soothing touch</source>
        <translation>Beruhigende Berührung</translation>
    </message>
    <message>
        <source>Warm, gentle touch can calm the body, even when it comes from your own hands. Choose the gesture that feels most soothing today.</source>
        <translation>Warme, sanfte Berührung kann den Körper beruhigen, auch wenn sie von deinen eigenen Händen kommt. Wähl die Geste, die dir heute am wohltuendsten erscheint.</translation>
    </message>
    <message>
        <source>Kind phrase (choose one or write your own)</source>
        <translation>Freundlicher Satz (wähl einen oder schreib deinen eigenen)</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Quick break</source>
        <translation type="vanished">Kurze Pause</translation>
    </message>
    <message>
        <source>Soothing touch</source>
        <translation type="vanished">Beruhigende Berührung</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="vanished">Atmen</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation type="vanished">Einen Brief schreiben</translation>
    </message>
    <message>
        <source>Catch a harsh thought</source>
        <translation type="vanished">Einen harten Gedanken festhalten</translation>
    </message>
    <message>
        <source>Open Kind</source>
        <translation>Kind öffnen</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>For an hour</source>
        <translation>Für eine Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Kind: a kind moment, whenever you need one</source>
        <translation>Kind: ein freundlicher Moment, wann immer du ihn brauchst</translation>
    </message>
    <message>
        <source>Next gentle reminder: %1</source>
        <translation>Nächste sanfte Erinnerung: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock your letters</source>
        <translation>Deine Briefe aufschließen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Aufschließen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Your letters are locked</source>
        <translation>Deine Briefe sind verschlossen</translation>
    </message>
    <message>
        <source>Type your passphrase to open your letters, reframes and history. Kind locks them again after a while without use.</source>
        <translation>Gib deine Passphrase ein, um deine Briefe, Umformulierungen und deinen Verlauf zu öffnen. Kind verschließt sie wieder, wenn sie eine Weile nicht genutzt werden.</translation>
    </message>
    <message>
        <source>Type your passphrase first, whenever you are ready.</source>
        <translation>Gib zuerst deine Passphrase ein, wann immer du bereit bist.</translation>
    </message>
    <message>
        <source>A few tries did not fit, so Kind waits a little before this one (%1 s).</source>
        <translation>Ein paar Versuche haben nicht gepasst, darum wartet Kind vor diesem ein wenig (%1 s).</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open them. Nothing has changed; take your time and try again.</source>
        <translation>Diese Passphrase öffnet sie nicht. Nichts hat sich verändert; nimm dir Zeit und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The small file that says how your journal is locked is missing or unreadable, so Kind cannot open it just now. Your journal itself is left as it is.</source>
        <translation>Die kleine Datei, die festhält, wie dein Journal verschlossen ist, fehlt oder ist nicht lesbar. Darum kann Kind es gerade nicht öffnen. Dein Journal selbst bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Kind could not open your journal just now. Nothing has changed.</source>
        <translation>Kind konnte dein Journal gerade nicht öffnen. Nichts hat sich verändert.</translation>
    </message>
</context>
<context>
    <name>VoiceDesk</name>
    <message>
        <source>That take was quiet all the way through, so it wasn&apos;t kept. Try again whenever you like.</source>
        <translation>Diese Aufnahme war durchgehend still, deshalb wurde sie nicht behalten. Versuch es einfach noch einmal, wann immer du magst.</translation>
    </message>
    <message>
        <source>Kind can&apos;t find a microphone right now. Your words work just as they are; you can record them another time.</source>
        <translation>Kind findet gerade kein Mikrofon. Deine Worte wirken auch so; du kannst sie ein andermal aufnehmen.</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t open the microphone. Perhaps another program is using it, or it was just unplugged. Your words work just as they are; you can try again later.</source>
        <translation>Kind konnte das Mikrofon nicht öffnen. Vielleicht benutzt es gerade ein anderes Programm, oder es wurde eben abgesteckt. Deine Worte wirken auch so; du kannst es später noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t keep this recording (%1). Nothing else has changed.</source>
        <translation>Kind konnte diese Aufnahme nicht behalten (%1). Sonst hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>VoiceRow</name>
    <message>
        <source>Record my voice</source>
        <translation>Mit meiner Stimme aufnehmen</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Listen to %1</source>
        <translation>%1 anhören</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the recording of %1</source>
        <translation>Aufnahme von %1 löschen</translation>
    </message>
    <message>
        <source>Voice level</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Aufnahme beenden</translation>
    </message>
    <message>
        <source>Recording… say it slowly, as to a friend.</source>
        <translation>Aufnahme läuft … sprich langsam, wie zu jemandem, den du gern hast.</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Your voice · %1 s</source>
        <translation>Deine Stimme · %1 s</translation>
    </message>
</context>
<context>
    <name>WordsScreen</name>
    <message>
        <source>My words</source>
        <translation>Meine Worte</translation>
    </message>
    <message>
        <source>The break works best with words that feel true to you. Write your own, pick one of the suggestions, or leave a line empty to use the first suggestion.</source>
        <translation>Die Pause wirkt am besten mit Worten, die sich für dich stimmig anfühlen. Schreib deine eigenen, wähl einen der Vorschläge oder lass eine Zeile leer, dann gilt der erste Vorschlag.</translation>
    </message>
    <message>
        <source>Your words for %1</source>
        <translation>Deine Worte für %1</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>Etwa:</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>KIND PHRASES FOR SOOTHING TOUCH</source>
        <translation>FREUNDLICHE SÄTZE FÜR DIE BERUHIGENDE BERÜHRUNG</translation>
    </message>
    <message>
        <source>Choose the one that feels kindest as your favourite, or add your own.</source>
        <translation>Wähl den Satz, der sich am freundlichsten anfühlt, als deinen liebsten, oder füge einen eigenen hinzu.</translation>
    </message>
    <message>
        <source>A kind phrase of your own</source>
        <translation>Ein eigener freundlicher Satz</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this phrase</source>
        <translation>Diesen Satz hinzufügen</translation>
    </message>
    <message>
        <source>In the meditation with your kind phrases, your recordings of them can say them first.</source>
        <translation>In der Meditation mit deinen freundlichen Sätzen können deine Aufnahmen sie zuerst sprechen.</translation>
    </message>
    <message>
        <source>Use the suggested words</source>
        <translation>Vorgeschlagene Worte verwenden</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Favourite: %1</source>
        <translation>Liebster Satz: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Guide me with:</source>
        <translation>Begleite mich mit:</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Nur Klängen</translation>
    </message>
    <message>
        <source>My voice</source>
        <translation>Meiner Stimme</translation>
    </message>
</context>
<context>
    <name>_SetupScreen</name>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <source>A letter to myself</source>
        <translation>Ein Brief an mich</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>geschrieben am %1</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>the PDF came out empty</source>
        <translation>das PDF ist leer geblieben</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>Your settings file couldn&apos;t be read, so Kind is using its defaults for now. The old file is kept, untouched, at {path}.</source>
        <translation>Deine Einstellungsdatei ließ sich nicht lesen, deshalb nutzt Kind vorerst die Standardeinstellungen. Die alte Datei liegt unverändert unter {path}.</translation>
    </message>
    <message>
        <source>Your settings were saved by a newer version of Kind, so this one is using its defaults. The newer file is kept at {path}.</source>
        <translation>Deine Einstellungen wurden von einer neueren Version von Kind gespeichert, deshalb nutzt diese Version ihre Standardeinstellungen. Die neuere Datei liegt unter {path}.</translation>
    </message>
    <message>
        <source>A few settings didn&apos;t make sense and were set back to their defaults. A copy of the original file is kept at {path}.</source>
        <translation>Ein paar Einstellungen ergaben keinen Sinn und wurden auf den Standard zurückgesetzt. Eine Kopie der ursprünglichen Datei liegt unter {path}.</translation>
    </message>
    <message>
        <source>Kind can&apos;t save settings in {dir} ({reason}). Your choices will last until Kind closes.</source>
        <translation>Kind kann keine Einstellungen in {dir} speichern ({reason}). Deine Auswahl gilt, bis Kind geschlossen wird.</translation>
    </message>
    <message>
        <source>Kind couldn&apos;t add itself to your app launcher ({reason}). You can try again in Settings, under Your journal.</source>
        <translation>Kind konnte sich nicht zu deinen Programmen hinzufügen ({reason}). In den Einstellungen, unter Dein Journal, kannst du es noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Kind can&apos;t keep your practice history right now ({reason}). Your practices still work; they just won&apos;t be remembered.</source>
        <translation>Kind kann deinen Übungsverlauf gerade nicht festhalten ({reason}). Die Übungen funktionieren trotzdem; sie werden nur nicht gespeichert.</translation>
    </message>
    <message>
        <source>Sound isn&apos;t available right now, so Kind will guide you quietly, with words on the screen. It will try again next time.</source>
        <translation>Ton ist gerade nicht verfügbar, deshalb begleitet Kind dich still, mit Worten auf dem Bildschirm. Beim nächsten Mal versucht Kind es wieder.</translation>
    </message>
    <message>
        <source>This desktop has no system tray. While reminders or start at login are on, Kind keeps running when you close its window; open it again from your apps. Ctrl+Q quits Kind.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich. Solange Erinnerungen oder der Start bei der Anmeldung eingeschaltet sind, läuft Kind weiter, wenn du sein Fenster schließt; öffne es wieder über deine Anwendungen. Strg+Q beendet Kind.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Kind stays in a normal window. Closing it will quit Kind.</source>
        <translation type="vanished">Diese Arbeitsumgebung hat keinen Infobereich, deshalb bleibt Kind in einem normalen Fenster. Wenn du es schließt, wird Kind beendet.</translation>
    </message>
</context>
<context>
    <name>practices</name>
    <message>
        <source>Follow your own breath</source>
        <translation>Folge deinem eigenen Atem</translation>
    </message>
    <message>
        <source>Your own pattern</source>
        <translation>Eigenes Muster</translation>
    </message>
    <message>
        <source>About 6 breaths a minute</source>
        <translation>Etwa 6 Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>A longer out-breath</source>
        <translation>Längeres Ausatmen</translation>
    </message>
    <message>
        <source>About 7 breaths a minute</source>
        <translation>Etwa 7 Atemzüge pro Minute</translation>
    </message>
    <message>
        <source>Box breathing</source>
        <translation>Box-Atmung</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>4-7-8-Atmung</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Erdung</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Feel your feet on the floor. Press them down a little, and notice the ground holding you up.</source>
        <translation>Spüre deine Füße auf dem Boden. Drück sie ein wenig hinunter und nimm wahr, wie der Boden dich trägt.</translation>
    </message>
    <message>
        <source>Keep your eyes open if you like.</source>
        <translation>Lass die Augen offen, wenn du magst.</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Atem</translation>
    </message>
    <message>
        <source>Notice the air coming in and going out. Breathe the way you normally do; there is nothing to change.</source>
        <translation>Nimm wahr, wie die Luft hinein- und hinausströmt. Atme so, wie du gewöhnlich atmest; es gibt nichts zu verändern.</translation>
    </message>
    <message>
        <source>The room</source>
        <translation>Der Raum</translation>
    </message>
    <message>
        <source>Look around you. Find three things you can see, and name them quietly to yourself.</source>
        <translation>Schau dich um. Such dir drei Dinge, die du sehen kannst, und benenne sie leise für dich.</translation>
    </message>
    <message>
        <source>You are here, in this room, right now.</source>
        <translation>Du bist hier, in diesem Raum, genau jetzt.</translation>
    </message>
    <message>
        <source>The three parts</source>
        <translation>Die drei Teile</translation>
    </message>
    <message>
        <source>A kind day</source>
        <translation>Ein freundlicher Tag</translation>
    </message>
    <message>
        <source>How are you treating yourself right now? A friend&apos;s word is one breath away.</source>
        <translation>Wie gehst du gerade mit dir um? Ein freundliches Wort ist nur einen Atemzug entfernt.</translation>
    </message>
    <message>
        <source>A small kindness for yourself, if you like: water, a stretch, a gentler thought.</source>
        <translation>Eine kleine Freundlichkeit für dich, wenn du magst: ein Glas Wasser, ein Strecken, ein sanfterer Gedanke.</translation>
    </message>
    <message>
        <source>When you&apos;re ready, a short look back at your day. Click to open it.</source>
        <translation>Wenn du so weit bist: ein kurzer Rückblick auf deinen Tag. Klick, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Self-compassion means treating yourself the way you would treat someone you care about when they are having a hard time. It has three parts, and each has an opposite that most of us know well.</source>
        <translation>Selbstmitgefühl heißt, dich selbst so zu behandeln, wie du einen Menschen behandeln würdest, der dir wichtig ist und dem es gerade schwer geht. Es hat drei Teile, und zu jedem gibt es ein Gegenteil, das die meisten von uns gut kennen.</translation>
    </message>
    <message>
        <source>Mindfulness: noticing that this hurts, without pushing the feeling away and without getting lost in it. Its opposite is being swept up in the story, until the pain fills everything.</source>
        <translation>Achtsamkeit: wahrnehmen, dass es wehtut, ohne das Gefühl wegzuschieben und ohne sich darin zu verlieren. Das Gegenteil ist, von der eigenen Geschichte mitgerissen zu werden, bis der Schmerz alles ausfüllt.</translation>
    </message>
    <message>
        <source>Common humanity: remembering that struggling and getting things wrong are part of being a person. Its opposite is isolation, the feeling that it&apos;s only you, and that something is uniquely wrong with you.</source>
        <translation>Gemeinsames Menschsein: sich daran erinnern, dass Schwierigkeiten und Fehler zum Menschsein gehören. Das Gegenteil ist Isolation, das Gefühl, dass es nur dich trifft und dass ausgerechnet mit dir etwas nicht stimmt.</translation>
    </message>
    <message>
        <source>Self-kindness: answering your own pain with warmth, the way you would answer a friend&apos;s. Its opposite is harsh self-judgement, the inner voice that piles on.</source>
        <translation>Freundlichkeit mit dir selbst: deinem eigenen Schmerz mit Wärme begegnen, so wie du dem Schmerz eines lieben Menschen begegnen würdest. Das Gegenteil ist harte Selbstverurteilung, die innere Stimme, die noch eins draufsetzt.</translation>
    </message>
    <message>
        <source>Common myths</source>
        <translation>Verbreitete Irrtümer</translation>
    </message>
    <message>
        <source>Many people hold back from self-compassion because of what they fear it might do to them. On each of these worries, the research points the other way.</source>
        <translation>Viele Menschen halten sich mit Selbstmitgefühl zurück, weil sie fürchten, was es mit ihnen machen könnte. Bei jeder dieser Sorgen weist die Forschung in die andere Richtung.</translation>
    </message>
    <message>
        <source>Self-pity? Self-pity says &quot;poor me&quot; and tends to shut others out. Self-compassion remembers that others struggle too, which helps you see the situation more clearly.</source>
        <translation>Selbstmitleid? Selbstmitleid fragt „Warum immer ich?“ und schließt andere eher aus. Selbstmitgefühl erinnert daran, dass auch andere es schwer haben, und das hilft, die Lage klarer zu sehen.</translation>
    </message>
    <message>
        <source>Self-indulgence? Being kind to yourself means caring about your wellbeing over time, not only how you feel this minute. Sometimes the kind thing is the healthy choice, or the hard conversation.</source>
        <translation>Sich gehen lassen? Freundlich zu dir zu sein heißt, dich auf Dauer um dein Wohl zu kümmern, nicht nur darum, wie du dich in dieser Minute fühlst. Manchmal ist das Freundliche die gesunde Entscheidung oder das schwierige Gespräch.</translation>
    </message>
    <message>
        <source>Weakness? Self-compassion goes with more resilience, not less. People who can support themselves through a hard time tend to cope with it better.</source>
        <translation>Schwäche? Selbstmitgefühl geht mit mehr Widerstandskraft einher, nicht mit weniger. Wer sich selbst durch eine schwere Zeit begleiten kann, kommt meist besser durch sie hindurch.</translation>
    </message>
    <message>
        <source>Excuses? Self-compassionate people tend to take more responsibility for their mistakes, because looking at them feels less threatening.</source>
        <translation>Ausreden? Menschen mit Selbstmitgefühl übernehmen eher mehr Verantwortung für ihre Fehler, weil es sich weniger bedrohlich anfühlt, sie anzuschauen.</translation>
    </message>
    <message>
        <source>Motivation? Harsh self-criticism feeds the fear of getting it wrong. Kindness makes it easier to try again after a setback.</source>
        <translation>Motivation? Harte Selbstkritik nährt die Angst, etwas falsch zu machen. Freundlichkeit macht es leichter, es nach einem Rückschlag noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Accountability, not punishment</source>
        <translation>Verantwortung statt Strafe</translation>
    </message>
    <message>
        <source>Being kind to yourself doesn&apos;t mean pretending nothing went wrong. It means you can look at what happened honestly, because you are not bracing for an attack from inside.</source>
        <translation>Freundlich zu dir zu sein heißt nicht, so zu tun, als wäre nichts schiefgegangen. Es heißt, dass du ehrlich hinschauen kannst, was passiert ist, weil du dich nicht gegen einen Angriff von innen wappnest.</translation>
    </message>
    <message>
        <source>Compare two inner voices. One says: “I can see what went wrong, and I want to do better.” The other says: “I&apos;m bad, and I deserve to feel terrible.” The first one teaches. The second mostly produces shame, and shame makes us want to hide, defend ourselves, or give up.</source>
        <translation>Vergleiche zwei innere Stimmen. Die eine sagt: „Ich sehe, was schiefgelaufen ist, und ich möchte es besser machen.“ Die andere sagt: „Ich bin schlecht, und es geschieht mir recht, dass ich mich furchtbar fühle.“ Die erste lehrt. Die zweite erzeugt vor allem Scham, und Scham bringt uns dazu, uns zu verstecken, uns zu verteidigen oder aufzugeben.</translation>
    </message>
    <message>
        <source>You can care about doing well and still be on your own side. A good coach does both.</source>
        <translation>Dir kann wichtig sein, etwas gut zu machen, und du kannst trotzdem auf deiner eigenen Seite stehen. Ein guter Coach tut beides.</translation>
    </message>
    <message>
        <source>When it stirs things up</source>
        <translation>Wenn es etwas aufwühlt</translation>
    </message>
    <message>
        <source>Sometimes, when you offer yourself kindness, old pain rises instead of comfort: grief, sadness, a wave of feeling you weren&apos;t expecting. This is called backdraft. It is common, and it usually means the practice reached something real. It is not a sign that you are doing it wrong.</source>
        <translation>Manchmal, wenn du dir Freundlichkeit schenkst, steigt statt Trost alter Schmerz auf: Trauer, Traurigkeit, eine Welle von Gefühl, mit der du nicht gerechnet hast. Man nennt das „Backdraft“. Es kommt häufig vor und bedeutet meist, dass die Übung etwas Echtes erreicht hat. Es ist kein Zeichen dafür, dass du etwas falsch machst.</translation>
    </message>
    <message>
        <source>When a door opens onto a fire that has burned in a closed room, fresh air can make it flare. Warmth can do something similar to feelings that have been shut away for a long time.</source>
        <translation>Wenn sich die Tür zu einem geschlossenen Raum öffnet, in dem ein Feuer gebrannt hat, kann frische Luft es auflodern lassen. Wärme kann bei Gefühlen, die lange weggesperrt waren, etwas Ähnliches bewirken.</translation>
    </message>
    <message>
        <source>If it happens, turn the intensity down and keep the direction. Shorten the practice, open your eyes, feel the soles of your feet on the floor, breathe normally, or do something ordinary, like making a cup of tea. You can come back another day, more gently.</source>
        <translation>Wenn das passiert, dreh die Intensität herunter und behalte die Richtung bei. Kürze die Übung, öffne die Augen, spüre deine Fußsohlen auf dem Boden, atme normal oder tu etwas Alltägliches, etwa eine Tasse Tee kochen. Du kannst an einem anderen Tag wiederkommen, sanfter.</translation>
    </message>
    <message>
        <source>Why it feels awkward at first</source>
        <translation>Warum es sich anfangs seltsam anfühlt</translation>
    </message>
    <message>
        <source>For many people, the first kind words they offer themselves feel hollow, forced or a little silly. That is normal. Most of us have had years of practice at being tough on ourselves, and very little at being gentle.</source>
        <translation>Für viele Menschen fühlen sich die ersten freundlichen Worte an sich selbst hohl, gezwungen oder ein bisschen albern an. Das ist normal. Die meisten von uns haben jahrelang geübt, streng mit sich zu sein, und kaum, sanft mit sich zu sein.</translation>
    </message>
    <message>
        <source>The first twenty times or so may feel strange. The change builds slowly, out of many small moments, rather than arriving all at once. There is no checklist to finish.</source>
        <translation>Die ersten zwanzig Male oder so fühlen sich vielleicht fremd an. Die Veränderung wächst langsam, aus vielen kleinen Momenten, statt auf einmal zu kommen. Es gibt keine Liste zum Abhaken.</translation>
    </message>
    <message>
        <source>If even this feels like too much, start one step earlier, with kindness for how hard it is: &quot;It makes sense this feels foreign. I learned tough love.&quot; That counts too.</source>
        <translation>Wenn sich selbst das zu viel anfühlt, fang einen Schritt früher an, mit Freundlichkeit dafür, wie schwer es ist: „Es ist verständlich, dass sich das fremd anfühlt. Ich habe gelernt, dass Liebe streng sein muss.“ Auch das zählt.</translation>
    </message>
    <message>
        <source>It can also help to notice what you take in each day: what you read and watch, and whose voices you follow.</source>
        <translation>Es kann auch helfen, darauf zu achten, was du jeden Tag in dich aufnimmst: was du liest und anschaust und wessen Stimmen du folgst.</translation>
    </message>
    <message>
        <source>Not the same as self-esteem</source>
        <translation>Nicht dasselbe wie Selbstwert</translation>
    </message>
    <message>
        <source>Self-esteem is about how we judge our worth, and it often depends on doing well, being liked, or being above average. That makes it fragile: it rises with success and drops with each setback, just when we need support most.</source>
        <translation>Beim Selbstwert geht es darum, wie wir unseren Wert beurteilen, und er hängt oft davon ab, ob uns etwas gelingt, ob wir gemocht werden oder besser sind als der Durchschnitt. Das macht ihn zerbrechlich: Er steigt mit dem Erfolg und sinkt mit jedem Rückschlag, gerade dann, wenn wir Halt am meisten brauchen.</translation>
    </message>
    <message>
        <source>Self-compassion doesn&apos;t ask you to be special, or to succeed first. It is a way of relating to yourself, whatever happened, and that makes it steadier. You don&apos;t have to earn it, and it is there on good days and hard ones.</source>
        <translation>Selbstmitgefühl verlangt nicht, dass du besonders bist oder erst Erfolg hast. Es ist eine Art, dir selbst zu begegnen, was auch immer passiert ist, und das macht es beständiger. Du brauchst es dir nicht zu verdienen, und es ist da, an guten wie an schweren Tagen.</translation>
    </message>
    <message>
        <source>If a voice says “I don&apos;t deserve it yet”, that is often the very moment kindness is most needed.</source>
        <translation>Wenn eine Stimme sagt „Das habe ich noch nicht verdient“, ist das oft genau der Moment, in dem Freundlichkeit am meisten gebraucht wird.</translation>
    </message>
    <message>
        <source>Getting support</source>
        <translation>Unterstützung finden</translation>
    </message>
    <message>
        <source>Kind is a companion for small everyday moments. It is not therapy, and it is not made for a crisis.</source>
        <translation>Kind ist ein Begleiter für kleine Momente im Alltag. Es ist keine Therapie und nicht für Krisen gemacht.</translation>
    </message>
    <message>
        <source>If the practices often bring up more than you can hold, or old pain keeps returning, talking with a therapist can really help. Compassion-focused therapy, developed by Paul Gilbert, works directly with the things that make kindness towards ourselves so hard.</source>
        <translation>Wenn die Übungen oft mehr aufwühlen, als du halten kannst, oder alter Schmerz immer wiederkommt, kann ein Gespräch mit einer Therapeutin oder einem Therapeuten wirklich helfen. Die mitgefühlsfokussierte Therapie (Compassion-Focused Therapy), entwickelt von Paul Gilbert, arbeitet direkt mit dem, was Freundlichkeit uns selbst gegenüber so schwer macht.</translation>
    </message>
    <message>
        <source>A doctor can help you find someone, and so can people you trust.</source>
        <translation>Eine Ärztin oder ein Arzt kann dir helfen, jemanden zu finden, ebenso Menschen, denen du vertraust.</translation>
    </message>
    <message>
        <source>If you are in danger, or might hurt yourself, please contact your local emergency services now, or go to the nearest emergency department.</source>
        <translation>Wenn du in Gefahr bist oder dir etwas antun könntest, wende dich bitte jetzt an den Notruf oder geh in die nächste Notaufnahme.</translation>
    </message>
    <message>
        <source>You wrote something to yourself in {when}. Would you like to read it?</source>
        <translation>Im {when} hast du dir etwas geschrieben. Möchtest du es lesen?</translation>
    </message>
    <message>
        <source>In {when} you found kinder words for a harsh thought. Would you like to see them?</source>
        <translation>Im {when} hast du für einen harten Gedanken freundlichere Worte gefunden. Möchtest du sie sehen?</translation>
    </message>
    <message>
        <source>On this day in {when} you wrote yourself a letter. Would you like to read it?</source>
        <translation>An einem Tag wie heute, im {when}, hast du dir einen Brief geschrieben. Möchtest du ihn lesen?</translation>
    </message>
    <message>
        <source>A letter you wrote to yourself in {when}.</source>
        <translation>Ein Brief, den du dir im {when} geschrieben hast.</translation>
    </message>
    <message>
        <source>Kinder words you found for a harsh thought in {when}.</source>
        <translation>Freundlichere Worte, die du im {when} für einen harten Gedanken gefunden hast.</translation>
    </message>
    <message>
        <source>Nothing to bring back yet. Letters and reframes you write can come back to you here after a couple of weeks.</source>
        <translation>Noch gibt es nichts, was zurückkommen könnte. Briefe und freundlichere Worte, die du schreibst, können dir hier nach ein paar Wochen wieder begegnen.</translation>
    </message>
    <message>
        <source>A kind word from your past self</source>
        <translation>Ein freundliches Wort von deinem früheren Ich</translation>
    </message>
    <message>
        <source>Read it</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Don&apos;t offer these</source>
        <translation>Nicht mehr anbieten</translation>
    </message>
    <message>
        <source>Kind won&apos;t offer these any more. You can turn them on again in Settings.</source>
        <translation>Kind bietet dir das nicht mehr an. In den Einstellungen kannst du es wieder einschalten.</translation>
    </message>
    <message>
        <source>Offer a kind word from my past self</source>
        <translation>Ein freundliches Wort von meinem früheren Ich anbieten</translation>
    </message>
    <message>
        <source>After a heavy check-in, or on a letter&apos;s anniversary, Kind may offer one earlier letter or reframe. Never in a reminder.</source>
        <translation>Nach einem schweren Check-in oder am Jahrestag eines Briefes bietet Kind dir vielleicht einen früheren Brief oder eine Umformulierung an. Nie in einer Erinnerung.</translation>
    </message>
    <message>
        <source>Self-compassion journal</source>
        <translation>Selbstmitgefühl-Tagebuch</translation>
    </message>
    <message>
        <source>In the evening, a few lines about something hard today, in three short turns.</source>
        <translation>Am Abend ein paar Zeilen über etwas, das heute schwer war, in drei kurzen Schritten.</translation>
    </message>
    <message>
        <source>Write today&apos;s entry in your self-compassion journal</source>
        <translation>Schreibe den heutigen Eintrag in dein Selbstmitgefühl-Tagebuch</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Kurz</translation>
    </message>
    <message>
        <source>Affectionate breathing</source>
        <translation>Liebevolles Atmen</translation>
    </message>
    <message>
        <source>Let your body breathe by itself, and let the breath soothe you.</source>
        <translation>Lass deinen Körper von selbst atmen, und lass dich vom Atem beruhigen.</translation>
    </message>
    <message>
        <source>Begin affectionate breathing, about ten minutes</source>
        <translation>Liebevolles Atmen beginnen, etwa zehn Minuten</translation>
    </message>
    <message>
        <source>Your kind phrases</source>
        <translation>Deine freundlichen Sätze</translation>
    </message>
    <message>
        <source>A few kind words of your own, said slowly with the breath.</source>
        <translation>Ein paar eigene freundliche Worte, langsam mit dem Atem gesagt.</translation>
    </message>
    <message>
        <source>Begin the meditation with your phrases, about ten minutes</source>
        <translation>Die Meditation mit deinen Sätzen beginnen, etwa zehn Minuten</translation>
    </message>
    <message>
        <source>Meet a difficult feeling where it sits in the body, gently.</source>
        <translation>Einem schwierigen Gefühl sanft dort begegnen, wo es im Körper sitzt.</translation>
    </message>
    <message>
        <source>Begin soften, soothe, allow, about twelve minutes</source>
        <translation>Weich werden, beruhigen, zulassen beginnen, etwa zwölf Minuten</translation>
    </message>
    <message>
        <source>Breathe in kindness for yourself, and out for someone who is struggling.</source>
        <translation>Freundlichkeit für dich einatmen, und ausatmen für jemanden, dem es schwer geht.</translation>
    </message>
    <message>
        <source>Begin giving and receiving compassion, about twelve minutes</source>
        <translation>Mitgefühl geben und empfangen beginnen, etwa zwölf Minuten</translation>
    </message>
    <message>
        <source>From the feet to the head, meeting each part of your body kindly.</source>
        <translation>Von den Füßen bis zum Kopf, jedem Teil deines Körpers freundlich begegnen.</translation>
    </message>
    <message>
        <source>Begin the compassionate body scan, about twenty minutes</source>
        <translation>Den mitfühlenden Body-Scan beginnen, etwa zwanzig Minuten</translation>
    </message>
    <message>
        <source>Find them</source>
        <translation>Finden</translation>
    </message>
    <message>
        <source>Find your phrases, then a meditation with them</source>
        <translation>Finde deine Sätze, dann eine Meditation mit ihnen</translation>
    </message>
    <message>
        <source>Find a way of sitting or lying that lets your body be at ease. Close your eyes, fully or partly, if that feels right.</source>
        <translation>Sitz oder lieg so, dass dein Körper es bequem hat. Schließ die Augen ganz oder halb, wenn es sich richtig anfühlt.</translation>
    </message>
    <message>
        <source>A hand on your heart, if it helps, as a reminder to be kind.</source>
        <translation>Eine Hand auf dem Herzen, wenn es hilft, als Erinnerung an die Freundlichkeit.</translation>
    </message>
    <message>
        <source>The breath</source>
        <translation>Der Atem</translation>
    </message>
    <message>
        <source>Notice your breath where it is easiest to feel: the nose, the chest, the belly. Let your body breathe by itself. There is nothing to do.</source>
        <translation>Spür deinen Atem dort, wo er am leichtesten zu spüren ist: an der Nase, in der Brust, im Bauch. Lass deinen Körper von selbst atmen. Es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Zurückkommen</translation>
    </message>
    <message>
        <source>If your mind has wandered, that is what minds do. Come back kindly, the way you&apos;d call a puppy back: no scolding needed.</source>
        <translation>Wenn deine Gedanken gewandert sind: Das tun Gedanken. Komm freundlich zurück, so wie du einen Welpen zurückrufen würdest, ganz ohne Schimpfen.</translation>
    </message>
    <message>
        <source>Rocked by the breath</source>
        <translation>Vom Atem gewiegt</translation>
    </message>
    <message>
        <source>Feel how the breath moves your body, in and out, gently rocking it, the way a parent rocks a child. Let yourself be soothed by it.</source>
        <translation>Spür, wie der Atem deinen Körper bewegt, hinein und hinaus, sanft wiegend, so wie Eltern ein Kind wiegen. Lass dich davon beruhigen.</translation>
    </message>
    <message>
        <source>Wherever your attention is now, welcome it home. Each return is a small kindness.</source>
        <translation>Wo auch immer deine Aufmerksamkeit gerade ist: Heiß sie wieder willkommen. Jedes Zurückkommen ist eine kleine Freundlichkeit.</translation>
    </message>
    <message>
        <source>Only breathing</source>
        <translation>Nur noch Atem</translation>
    </message>
    <message>
        <source>Let the breath fill your whole body, until there is little else: only the breath, rocking and soothing you.</source>
        <translation>Lass den Atem deinen ganzen Körper füllen, bis kaum noch etwas anderes da ist: nur der Atem, der dich wiegt und beruhigt.</translation>
    </message>
    <message>
        <source>Let go of the breath now. Rest in your body as it is, and let yourself feel whatever you feel.</source>
        <translation>Lass den Atem jetzt los. Ruh in deinem Körper, so wie er ist, und lass zu, was du gerade fühlst.</translation>
    </message>
    <message>
        <source>Bring your attention to your feet. They carry you all day, mostly unthanked. Notice whatever is there, and let a little thanks reach them.</source>
        <translation>Richte deine Aufmerksamkeit auf deine Füße. Sie tragen dich den ganzen Tag, meist ohne Dank. Nimm wahr, was da ist, und lass ein wenig Dank zu ihnen kommen.</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Move up into your legs: the calves, the knees, the thighs. They take you where you need to go. Meet them kindly, just as they are.</source>
        <translation>Geh hinauf in deine Beine: die Waden, die Knie, die Oberschenkel. Sie bringen dich dorthin, wo du hinwillst. Begegne ihnen freundlich, so wie sie sind.</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>Notice your hips and the base of your body, where you rest on the seat or the floor. If anything here is hard to be with, a little warmth is enough.</source>
        <translation>Spür deine Hüften und dein Becken, dort, wo du auf dem Sitz oder dem Boden ruhst. Wenn hier etwas schwer auszuhalten ist, genügt ein wenig Wärme.</translation>
    </message>
    <message>
        <source>Belly</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Let your attention rest on your belly, rising and falling. Many of us judge this part harshly. See if you can offer it a friendly word instead.</source>
        <translation>Lass deine Aufmerksamkeit auf deinem Bauch ruhen, wie er sich hebt und senkt. Viele von uns urteilen hart über diesen Teil. Vielleicht magst du ihm stattdessen ein freundliches Wort schenken.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Feel your back, from the lower back up to the shoulder blades. It holds you upright. Where it aches, let your attention be soft, like a warm hand.</source>
        <translation>Spür deinen Rücken, vom unteren Rücken bis zu den Schulterblättern. Er hält dich aufrecht. Wo er schmerzt, lass deine Aufmerksamkeit weich sein, wie eine warme Hand.</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Notice your chest and your heart, beating without being asked. A hand on the heart, if it helps, and a moment of gratitude.</source>
        <translation>Spür deine Brust und dein Herz, das schlägt, ohne dass du es darum bittest. Eine Hand aufs Herz, wenn es hilft, und einen Moment der Dankbarkeit.</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>Bring your attention to your hands: the palms, the fingers. Think of all they have made, held and comforted. Let them be appreciated.</source>
        <translation>Richte deine Aufmerksamkeit auf deine Hände: die Handflächen, die Finger. Denk daran, was sie alles gemacht, gehalten und getröstet haben. Lass sie gewürdigt sein.</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Move up through your arms to the elbows and the upper arms. They reach and lift and hug. Notice them with the same care you&apos;d give a friend&apos;s.</source>
        <translation>Geh durch deine Arme hinauf zu den Ellbogen und Oberarmen. Sie greifen, heben und umarmen. Nimm sie mit derselben Fürsorge wahr, die du einem Freund schenken würdest.</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Notice your shoulders, where so much of the day is carried. Nothing has to let go; just let them be met kindly.</source>
        <translation>Spür deine Schultern, die so viel vom Tag tragen. Nichts muss sich lösen; lass ihnen einfach freundlich begegnet werden.</translation>
    </message>
    <message>
        <source>Neck and throat</source>
        <translation>Nacken und Hals</translation>
    </message>
    <message>
        <source>Feel your neck and throat, holding up your head and giving you your voice. Let your attention be gentle here.</source>
        <translation>Spür deinen Nacken und deinen Hals, die deinen Kopf tragen und dir deine Stimme geben. Lass deine Aufmerksamkeit hier sanft sein.</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Notice your face: the jaw, the mouth, the eyes, the forehead. It shows the world how you feel. Let it soften, if it wants to, and offer it a kind look from within.</source>
        <translation>Spür dein Gesicht: den Kiefer, den Mund, die Augen, die Stirn. Es zeigt der Welt, wie es dir geht. Lass es weich werden, wenn es mag, und schenk ihm von innen einen freundlichen Blick.</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Rest your attention on the top of your head and all it holds: thoughts, plans, worries. Thank your mind for working so hard for you.</source>
        <translation>Lass deine Aufmerksamkeit auf deinem Scheitel ruhen und bei allem, was dein Kopf trägt: Gedanken, Pläne, Sorgen. Dank deinem Geist dafür, dass er so viel für dich arbeitet.</translation>
    </message>
    <message>
        <source>Compassionate body scan</source>
        <translation>Mitfühlender Body-Scan</translation>
    </message>
    <message>
        <source>A hand on any part that is hard to be with. Skip any part that is too much.</source>
        <translation>Eine Hand auf jeden Teil, der schwer auszuhalten ist. Überspring jeden Teil, der zu viel ist.</translation>
    </message>
    <message>
        <source>Lie down or sit comfortably, and let your eyes close if you like. Take a few easy breaths, and feel the whole body resting.</source>
        <translation>Leg dich hin oder setz dich bequem, und schließ die Augen, wenn du magst. Atme ein paar Mal ruhig und spür, wie dein ganzer Körper ruht.</translation>
    </message>
    <message>
        <source>The whole body</source>
        <translation>Der ganze Körper</translation>
    </message>
    <message>
        <source>Now feel your body as a whole, from the feet to the head, all of it breathing. Offer it some thanks for carrying you through your life.</source>
        <translation>Spür jetzt deinen Körper als Ganzes, von den Füßen bis zum Kopf, wie er atmet. Schenk ihm etwas Dank dafür, dass er dich durchs Leben trägt.</translation>
    </message>
    <message>
        <source>Rest here for a while, just as you are, before you move on with your day.</source>
        <translation>Ruh hier noch eine Weile, so wie du bist, bevor du mit deinem Tag weitermachst.</translation>
    </message>
    <message>
        <source>Giving and receiving compassion</source>
        <translation>Mitgefühl geben und empfangen</translation>
    </message>
    <message>
        <source>One for me, one for you</source>
        <translation>Einer für mich, einer für dich</translation>
    </message>
    <message>
        <source>Two for me, one for you</source>
        <translation>Zwei für mich, einer für dich</translation>
    </message>
    <message>
        <source>All for me</source>
        <translation>Alle für mich</translation>
    </message>
    <message>
        <source>For me</source>
        <translation>Für mich</translation>
    </message>
    <message>
        <source>For you</source>
        <translation>Für dich</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Für {name}</translation>
    </message>
    <message>
        <source>Settle comfortably and close your eyes, if you like. Feel your body breathing, with the pace of the circle or your own.</source>
        <translation>Komm bequem an und schließ die Augen, wenn du magst. Spür deinen Körper atmen, im Takt des Kreises oder in deinem eigenen.</translation>
    </message>
    <message>
        <source>Breathing in for yourself</source>
        <translation>Für dich selbst einatmen</translation>
    </message>
    <message>
        <source>With each breath, breathe in warmth and kindness for yourself. Let it in; you need it too.</source>
        <translation>Atme mit jedem Atemzug Wärme und Freundlichkeit für dich selbst ein. Lass sie herein; auch du brauchst sie.</translation>
    </message>
    <message>
        <source>Someone who is struggling</source>
        <translation>Jemand, dem es schwer geht</translation>
    </message>
    <message>
        <source>Bring to mind someone you care about who is having a hard time. Picture them clearly, as they are.</source>
        <translation>Denk an jemanden, der dir am Herzen liegt und dem es gerade schwer geht. Stell ihn dir deutlich vor, so wie er ist.</translation>
    </message>
    <message>
        <source>Let each breath be for yourself or for them, as the circle shows. No one has to be only the giver.</source>
        <translation>Lass jeden Atemzug für dich oder für den anderen sein, so wie der Kreis es zeigt. Niemand muss nur geben.</translation>
    </message>
    <message>
        <source>As much as you need</source>
        <translation>So viel du brauchst</translation>
    </message>
    <message>
        <source>If you need more for yourself right now, take more. The breath can go where it is needed most.</source>
        <translation>Wenn du gerade mehr für dich brauchst, nimm dir mehr. Der Atem darf dorthin gehen, wo er am meisten gebraucht wird.</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>In beide Richtungen</translation>
    </message>
    <message>
        <source>Let the breath flow in and out, like the sea, carrying warmth in both directions.</source>
        <translation>Lass den Atem hinein- und hinausfließen wie das Meer, mit Wärme in beide Richtungen.</translation>
    </message>
    <message>
        <source>Let go of the breath and the counting. Rest, just as you are.</source>
        <translation>Lass den Atem und das Zählen los. Ruh dich aus, so wie du bist.</translation>
    </message>
    <message>
        <source>Finding your phrases</source>
        <translation>Deine Sätze finden</translation>
    </message>
    <message>
        <source>What do I need?</source>
        <translation>Was brauche ich?</translation>
    </message>
    <message>
        <source>When things are hard, what do you long to hear? Not what seems sensible: what your heart would take as a gift.</source>
        <translation>Wenn es schwer ist, wonach sehnst du dich zu hören? Nicht, was vernünftig klingt, sondern was dein Herz als Geschenk annehmen würde.</translation>
    </message>
    <message>
        <source>I&apos;m here.</source>
        <translation>Ich bin da.</translation>
    </message>
    <message>
        <source>You matter.</source>
        <translation>Du bist wichtig.</translation>
    </message>
    <message>
        <source>May I be safe.</source>
        <translation>Möge ich sicher sein.</translation>
    </message>
    <message>
        <source>What would I like to hear from someone who loves me?</source>
        <translation>Was würde ich gern von jemandem hören, der mich liebt?</translation>
    </message>
    <message>
        <source>Imagine someone who cares about you without conditions. What would they say to you, if you could hear it?</source>
        <translation>Stell dir jemanden vor, dem du ohne Bedingungen wichtig bist. Was würde er dir sagen, wenn du es hören könntest?</translation>
    </message>
    <message>
        <source>You&apos;re doing the best you can.</source>
        <translation>Du tust, was du kannst.</translation>
    </message>
    <message>
        <source>Turn each answer into a wish (“May I…”) or a plain, simple statement. Good phrases are simple, true and kind: a gift rather than something to believe.</source>
        <translation>Mach aus jeder Antwort einen Wunsch („Möge ich …“) oder einen schlichten, einfachen Satz. Gute Sätze sind einfach, wahr und freundlich: ein Geschenk, nicht etwas, das du glauben musst.</translation>
    </message>
    <message>
        <source>Keep two to four phrases that feel right. You can change them any time.</source>
        <translation>Behalte zwei bis vier Sätze, die sich richtig anfühlen. Du kannst sie jederzeit ändern.</translation>
    </message>
    <message>
        <source>Settle comfortably and let your eyes close if you like. Feel your body here, breathing. A hand on your heart, if it helps.</source>
        <translation>Komm bequem an und schließ die Augen, wenn du magst. Spür deinen Körper, hier, atmend. Eine Hand auf dem Herzen, wenn es hilft.</translation>
    </message>
    <message>
        <source>Say them slowly, one at a time, silently or in a whisper, as a gift to yourself.</source>
        <translation>Sag sie langsam, einen nach dem anderen, still oder flüsternd, als Geschenk an dich selbst.</translation>
    </message>
    <message>
        <source>Let the words ride on the breath: one phrase with each breath, or with each out-breath.</source>
        <translation>Lass die Worte auf dem Atem reisen: ein Satz mit jedem Atemzug, oder mit jedem Ausatmen.</translation>
    </message>
    <message>
        <source>When the mind wanders, come back to the words, or to the feeling of them. The feeling matters more than the words.</source>
        <translation>Wenn die Gedanken wandern, komm zu den Worten zurück, oder zu dem Gefühl, das sie tragen. Das Gefühl zählt mehr als die Worte.</translation>
    </message>
    <message>
        <source>Your phrases</source>
        <translation>Deine Sätze</translation>
    </message>
    <message>
        <source>With the breath</source>
        <translation>Mit dem Atem</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>About a minute. Three short phrases for a hard moment.</source>
        <translation>Etwa eine Minute. Drei kurze Sätze für einen schweren Moment.</translation>
    </message>
    <message>
        <source>Begin the one-minute break</source>
        <translation>Die einminütige Pause beginnen</translation>
    </message>
    <message>
        <source>Guided Self-Compassion Break</source>
        <translation>Angeleitete Selbstmitgefühls-Pause</translation>
    </message>
    <message>
        <source>About five minutes, with more time for each phrase to land.</source>
        <translation>Etwa fünf Minuten, mit mehr Zeit, damit jeder Satz ankommen kann.</translation>
    </message>
    <message>
        <source>Begin the five-minute guided break</source>
        <translation>Die fünfminütige angeleitete Pause beginnen</translation>
    </message>
    <message>
        <source>Quick break</source>
        <translation>Kurze Pause</translation>
    </message>
    <message>
        <source>Warmth for the body, with slow breaths and a kind phrase.</source>
        <translation>Wärme für den Körper, mit langsamen Atemzügen und einem freundlichen Satz.</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Choose a soothing touch</source>
        <translation>Eine beruhigende Berührung auswählen</translation>
    </message>
    <message>
        <source>Slow breathing with a calm circle, or simply your own breath.</source>
        <translation>Langsam atmen mit einem ruhigen Kreis, oder einfach mit deinem eigenen Atem.</translation>
    </message>
    <message>
        <source>Choose a breathing pattern</source>
        <translation>Ein Atemmuster auswählen</translation>
    </message>
    <message>
        <source>Grounding</source>
        <translation>Erdung</translation>
    </message>
    <message>
        <source>A letter to yourself</source>
        <translation>Ein Brief an dich</translation>
    </message>
    <message>
        <source>Write to yourself as a wise and loving friend would.</source>
        <translation>Schreib dir selbst, wie ein weiser, liebevoller Mensch es tun würde.</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Write a compassionate letter</source>
        <translation>Einen mitfühlenden Brief schreiben</translation>
    </message>
    <message>
        <source>Your letters</source>
        <translation>Deine Briefe</translation>
    </message>
    <message>
        <source>Write a letter</source>
        <translation>Einen Brief schreiben</translation>
    </message>
    <message>
        <source>A friend&apos;s voice</source>
        <translation>Eine freundliche Stimme</translation>
    </message>
    <message>
        <source>Say one harsh thought again, the way you&apos;d say it to a friend.</source>
        <translation>Sag einen harten Gedanken noch einmal, so wie du ihn einem lieben Menschen sagen würdest.</translation>
    </message>
    <message>
        <source>Begin the compassionate friend reframe</source>
        <translation>Das freundliche Umformulieren beginnen</translation>
    </message>
    <message>
        <source>Past reframes</source>
        <translation>Frühere Umformulierungen</translation>
    </message>
    <message>
        <source>What&apos;s in the way?</source>
        <translation>Was steht im Weg?</translation>
    </message>
    <message>
        <source>When something is hard to start, look kindly at why, and find one small step.</source>
        <translation>Wenn etwas schwer anzufangen ist: freundlich schauen, warum, und einen kleinen Schritt finden.</translation>
    </message>
    <message>
        <source>Begin: what&apos;s in the way?</source>
        <translation>Beginnen: Was steht im Weg?</translation>
    </message>
    <message>
        <source>One day of treating yourself as you&apos;d treat a good friend.</source>
        <translation>Einen Tag lang mit dir umgehen, wie du mit einem guten Freund umgehen würdest.</translation>
    </message>
    <message>
        <source>Begin a kind day</source>
        <translation>Einen freundlichen Tag beginnen</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Zurückschauen</translation>
    </message>
    <message>
        <source>Look back on your kind day</source>
        <translation>Auf deinen freundlichen Tag zurückschauen</translation>
    </message>
    <message>
        <source>Catch a harsh thought</source>
        <translation>Einen harten Gedanken festhalten</translation>
    </message>
    <message>
        <source>When the critic speaks up, write it down in a few seconds and go on with your day. It waits, privately, in “A friend&apos;s voice”.</source>
        <translation>Wenn sich der innere Kritiker meldet, schreib es in ein paar Sekunden auf und mach mit deinem Tag weiter. Es wartet, nur für dich, bei „Eine freundliche Stimme“.</translation>
    </message>
    <message>
        <source>Catch one</source>
        <translation>Festhalten</translation>
    </message>
    <message>
        <source>This is a moment of suffering.</source>
        <translation>Dies ist ein Moment des Leidens.</translation>
    </message>
    <message>
        <source>This hurts.</source>
        <translation>Das tut weh.</translation>
    </message>
    <message>
        <source>This is really hard right now.</source>
        <translation>Das ist gerade wirklich schwer.</translation>
    </message>
    <message>
        <source>Suffering is a part of life.</source>
        <translation>Leiden gehört zum Leben.</translation>
    </message>
    <message>
        <source>Other people feel this way too.</source>
        <translation>Anderen Menschen geht es auch so.</translation>
    </message>
    <message>
        <source>I&apos;m not alone.</source>
        <translation>Ich bin nicht allein.</translation>
    </message>
    <message>
        <source>May I be kind to myself.</source>
        <translation>Möge ich freundlich zu mir sein.</translation>
    </message>
    <message>
        <source>May I give myself the compassion I need.</source>
        <translation>Möge ich mir Mitgefühl schenken.</translation>
    </message>
    <message>
        <source>May I accept myself as I am.</source>
        <translation>Möge ich mich annehmen.</translation>
    </message>
    <message>
        <source>Bring to mind something that is difficult right now, but not overwhelming. Let yourself feel a little of it, just enough to touch it.</source>
        <translation>Denk an etwas, das gerade schwierig ist, aber nicht überwältigend. Erlaube dir, ein wenig davon zu spüren, gerade genug, um es zu berühren.</translation>
    </message>
    <message>
        <source>Let one slow breath in, and a longer breath out.</source>
        <translation>Ein langsamer Atemzug hinein, ein längerer hinaus.</translation>
    </message>
    <message>
        <source>Something difficult</source>
        <translation>Etwas Schwieriges</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <translation>Achtsamkeit</translation>
    </message>
    <message>
        <source>Notice what is here, just as it is.</source>
        <translation>Nimm wahr, was da ist, genau so, wie es ist.</translation>
    </message>
    <message>
        <source>Common humanity</source>
        <translation>Gemeinsames Menschsein</translation>
    </message>
    <message>
        <source>You are not the only one who feels this.</source>
        <translation>Du bist nicht allein mit diesem Gefühl.</translation>
    </message>
    <message>
        <source>Kindness</source>
        <translation>Freundlichkeit</translation>
    </message>
    <message>
        <source>If it feels right, rest a hand on your heart.</source>
        <translation>Wenn es sich stimmig anfühlt, leg eine Hand auf dein Herz.</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <source>Let the words go. Rest in whatever they leave with you, just as you are.</source>
        <translation>Lass die Worte los. Ruh in dem, was sie bei dir lassen, so wie du bist.</translation>
    </message>
    <message>
        <source>Let the words go. Rest here for a moment, just as you are.</source>
        <translation>Lass die Worte los. Ruh dich hier einen Moment aus, so wie du bist.</translation>
    </message>
    <message>
        <source>Self-Compassion Break</source>
        <translation>Selbstmitgefühls-Pause</translation>
    </message>
    <message>
        <source>The feeling of them</source>
        <translation>Das Gefühl dahinter</translation>
    </message>
    <message>
        <source>Soften, soothe, allow</source>
        <translation>Weich werden, beruhigen, zulassen</translation>
    </message>
    <message>
        <source>A few kind lines before the day ends? Your journal is here when you&apos;d like it.</source>
        <translation>Ein paar freundliche Zeilen, bevor der Tag zu Ende geht? Dein Tagebuch ist da, wenn du magst.</translation>
    </message>
    <message>
        <source>Invite me to write in my journal in the evening</source>
        <translation>Mich am Abend einladen, in mein Tagebuch zu schreiben</translation>
    </message>
    <message>
        <source>A quiet reminder at this time on days without an entry. It never shows what you wrote.</source>
        <translation>Eine leise Erinnerung zu dieser Uhrzeit an Tagen ohne Eintrag. Sie zeigt nie, was du geschrieben hast.</translation>
    </message>
    <message>
        <source>Short affectionate breathing, about three minutes</source>
        <translation>Kurzes liebevolles Atmen, etwa drei Minuten</translation>
    </message>
    <message>
        <source>Short meditation with your phrases, about three minutes</source>
        <translation>Kurze Meditation mit deinen Sätzen, etwa drei Minuten</translation>
    </message>
    <message>
        <source>Short soften, soothe, allow, about five minutes</source>
        <translation>Kurzes Weich werden, beruhigen, zulassen, etwa fünf Minuten</translation>
    </message>
    <message>
        <source>Short giving and receiving, about five minutes</source>
        <translation>Kurzes Geben und Empfangen, etwa fünf Minuten</translation>
    </message>
    <message>
        <source>Short body scan, about eight minutes</source>
        <translation>Kurzer Body-Scan, etwa acht Minuten</translation>
    </message>
    <message>
        <source>Each in-breath is for you and each out-breath for someone else, in the measure you choose. You can change your mind at any time; the breath can go where it is needed most.</source>
        <translation>Jedes Einatmen ist für dich, jedes Ausatmen für jemand anderen, in dem Maß, das du wählst. Du kannst es dir jederzeit anders überlegen; der Atem darf dorthin gehen, wo er am meisten gebraucht wird.</translation>
    </message>
    <message>
        <source>Someone you&apos;d like to breathe for (optional)</source>
        <translation>Jemand, für den du atmen möchtest (wenn du magst)</translation>
    </message>
    <message>
        <source>A first name is enough. It is shown during the practice only.</source>
        <translation>Ein Vorname genügt. Er wird nur während der Übung gezeigt.</translation>
    </message>
    <message>
        <source>Remember this name for next time</source>
        <translation>Diesen Namen für das nächste Mal behalten</translation>
    </message>
    <message>
        <source>Think of something mildly difficult, not the hardest thing you know. If you like, name the feeling and find where it sits in your body. Both are optional, and neither is kept.</source>
        <translation>Denk an etwas leicht Schwieriges, nicht an das Schwerste, das du kennst. Wenn du magst, gib dem Gefühl einen Namen und finde, wo es in deinem Körper sitzt. Beides ist freiwillig, und nichts davon wird gespeichert.</translation>
    </message>
    <message>
        <source>The feeling, if it has a name</source>
        <translation>Das Gefühl, wenn es einen Namen hat</translation>
    </message>
    <message>
        <source>Or in your own words</source>
        <translation>Oder in deinen eigenen Worten</translation>
    </message>
    <message>
        <source>Where you feel it most</source>
        <translation>Wo du es am stärksten spürst</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Noch nicht sicher</translation>
    </message>
    <message>
        <source>Sadness</source>
        <translation>Traurigkeit</translation>
    </message>
    <message>
        <source>Grief</source>
        <translation>Trauer</translation>
    </message>
    <message>
        <source>Fear</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>Worry</source>
        <translation>Sorge</translation>
    </message>
    <message>
        <source>Anger</source>
        <translation>Wut</translation>
    </message>
    <message>
        <source>Shame</source>
        <translation>Scham</translation>
    </message>
    <message>
        <source>Loneliness</source>
        <translation>Einsamkeit</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Kränkung</translation>
    </message>
    <message>
        <source>Frustration</source>
        <translation>Frust</translation>
    </message>
    <message>
        <source>Embarrassment</source>
        <translation>Verlegenheit</translation>
    </message>
    <message>
        <source>“That&apos;s grief.” “That&apos;s fear.” As you would say it to a friend.</source>
        <translation>„Das ist Trauer.“ „Das ist Angst.“ So, wie du es zu einem Freund sagen würdest.</translation>
    </message>
    <message>
        <source>Let yourself recall a situation that is mildly difficult, not the hardest one you know. Let it come to mind clearly, enough to feel a little of it.</source>
        <translation>Erinnere dich an eine Situation, die ein wenig schwierig ist, nicht die schwerste, die du kennst. Lass sie dir deutlich vor Augen kommen, so weit, dass du ein wenig davon spürst.</translation>
    </message>
    <message>
        <source>If it gets to be too much, you can stop and feel the ground at any moment.</source>
        <translation>Wenn es zu viel wird, kannst du jederzeit innehalten und den Boden spüren.</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Benennen</translation>
    </message>
    <message>
        <source>Of all you feel, which emotion is strongest? Give it a name, gently, in a kind and understanding voice.</source>
        <translation>Welches Gefühl ist von allem, was du spürst, am stärksten? Gib ihm einen Namen, sanft, mit einer freundlichen, verständnisvollen Stimme.</translation>
    </message>
    <message>
        <source>Find it in the body</source>
        <translation>Im Körper finden</translation>
    </message>
    <message>
        <source>Where do you feel it most in your body? Often it is a tightness, a heaviness or an ache. Choose one place, and stay there for a while.</source>
        <translation>Wo spürst du es am deutlichsten in deinem Körper? Oft ist es eine Enge, eine Schwere oder ein Ziehen. Wähl eine Stelle und bleib eine Weile dort.</translation>
    </message>
    <message>
        <source>Soften</source>
        <translation>Weich werden</translation>
    </message>
    <message>
        <source>Let that place soften, as if warm hands rested on a sore muscle. Nothing has to go away. Soften, soften, soften.</source>
        <translation>Lass diese Stelle weich werden, als lägen warme Hände auf einem verspannten Muskel. Nichts muss weggehen. Weich werden, weich werden, weich werden.</translation>
    </message>
    <message>
        <source>Soothe</source>
        <translation>Beruhigen</translation>
    </message>
    <message>
        <source>Rest a hand on that place, if you like, and feel its warmth. Offer yourself a kind word for having this feeling, the way you&apos;d comfort a friend.</source>
        <translation>Leg eine Hand auf diese Stelle, wenn du magst, und spür ihre Wärme. Schenk dir ein freundliches Wort dafür, dass du dieses Gefühl hast, so wie du einen Freund trösten würdest.</translation>
    </message>
    <message>
        <source>“This is so hard. I&apos;m here with you.”</source>
        <translation>„Das ist so schwer. Ich bin bei dir.“</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Let the feeling be there. Make room for it, and let it come and go as it wants. Allow, allow, allow.</source>
        <translation>Lass das Gefühl da sein. Mach ihm Platz, und lass es kommen und gehen, wie es will. Zulassen, zulassen, zulassen.</translation>
    </message>
    <message>
        <source>Soften, soothe, allow, in your own rhythm. If the feeling moves, or changes, let it; follow it kindly.</source>
        <translation>Weich werden, beruhigen, zulassen, in deinem eigenen Rhythmus. Wenn das Gefühl wandert oder sich verändert, lass es; folg ihm freundlich.</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>Now let the situation go, and the practice with it. Rest in your body just as it is, in this moment, whatever you are feeling.</source>
        <translation>Lass die Situation jetzt los, und die Übung mit ihr. Ruh in deinem Körper, so wie er ist, in diesem Moment, was auch immer du fühlst.</translation>
    </message>
    <message>
        <source>A kind moment?</source>
        <translation>Ein freundlicher Moment?</translation>
    </message>
    <message>
        <source>If you&apos;d like, a one-minute break is here for you. Click to begin.</source>
        <translation>Wenn du magst, wartet hier eine einminütige Pause auf dich. Klick, um zu beginnen.</translation>
    </message>
    <message>
        <source>How are you, right now? A quick break is here whenever you want it.</source>
        <translation>Wie geht es dir gerade? Eine kurze Pause ist da, wann immer du möchtest.</translation>
    </message>
    <message>
        <source>A breath or two, a kind word to yourself: click for a quick break, if it suits you.</source>
        <translation>Ein, zwei Atemzüge, ein freundliches Wort an dich: Klick für eine kurze Pause, wenn es dir passt.</translation>
    </message>
    <message>
        <source>Whatever today is like, you&apos;re welcome to a kind minute. Click to begin.</source>
        <translation>Wie auch immer dein Tag ist, eine freundliche Minute steht dir offen. Klick, um zu beginnen.</translation>
    </message>
    <message>
        <source>No need to do anything. If a quiet minute would help, it&apos;s one click away.</source>
        <translation>Du brauchst nichts zu tun. Wenn dir eine stille Minute guttun würde, ist sie nur einen Klick entfernt.</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Good to see you again. If a kind minute would help you settle in, it&apos;s one click away.</source>
        <translation>Schön, dass du wieder da bist. Wenn dir eine freundliche Minute beim Ankommen hilft: Sie ist nur einen Klick entfernt.</translation>
    </message>
    <message>
        <source>Too much at once, or no time to sit down with it</source>
        <translation>Zu viel auf einmal, oder keine Zeit, sich in Ruhe hinzusetzen</translation>
    </message>
    <message>
        <source>What could make a little room for it? Is there something that could wait, or someone who could help?</source>
        <translation>Was könnte ein wenig Raum dafür schaffen? Gibt es etwas, das warten kann, oder jemanden, der helfen könnte?</translation>
    </message>
    <message>
        <source>Worry that it will go badly</source>
        <translation>Sorge, dass es schiefgeht</translation>
    </message>
    <message>
        <source>What is the worry trying to protect you from? And what matters to you about doing it anyway?</source>
        <translation>Wovor will dich die Sorge schützen? Und was ist dir daran wichtig, es trotzdem zu tun?</translation>
    </message>
    <message>
        <source>Hard to get started, or to keep track</source>
        <translation>Schwer, anzufangen oder den Überblick zu behalten</translation>
    </message>
    <message>
        <source>What small structure would help: a first step you can see, a timer, a list, someone working beside you?</source>
        <translation>Welche kleine Struktur würde helfen: ein erster Schritt, den du sehen kannst, ein Wecker, eine Liste, jemand, der neben dir arbeitet?</translation>
    </message>
    <message>
        <source>Tired, unwell or grieving</source>
        <translation>Müde, krank oder in Trauer</translation>
    </message>
    <message>
        <source>What would rest look like right now? What does your body need first?</source>
        <translation>Wie würde Ruhe gerade aussehen? Was braucht dein Körper zuerst?</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>What would a friend who understands you say is going on?</source>
        <translation>Was würde ein Freund, der dich versteht, sagen, was los ist?</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Keine Erinnerung</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <source>This evening</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <source>Your small next step</source>
        <translation>Dein kleiner nächster Schritt</translation>
    </message>
    <message>
        <source>If it still suits you: %1</source>
        <translation>Wenn es noch passt: %1</translation>
    </message>
    <message>
        <source>Hand on heart</source>
        <translation>Hand aufs Herz</translation>
    </message>
    <message>
        <source>Rest one hand over your heart. Feel its warmth, and the gentle pressure.</source>
        <translation>Leg eine Hand auf dein Herz. Spüre ihre Wärme und den sanften Druck.</translation>
    </message>
    <message>
        <source>Both hands on heart</source>
        <translation>Beide Hände aufs Herz</translation>
    </message>
    <message>
        <source>Rest both hands over your heart, one on top of the other.</source>
        <translation>Leg beide Hände auf dein Herz, eine über die andere.</translation>
    </message>
    <message>
        <source>Heart and belly</source>
        <translation>Herz und Bauch</translation>
    </message>
    <message>
        <source>One hand on your heart, the other on your belly. Let both rise and fall.</source>
        <translation>Eine Hand auf dem Herzen, die andere auf dem Bauch. Lass beide sich heben und senken.</translation>
    </message>
    <message>
        <source>A gentle hug</source>
        <translation>Sanfte Umarmung</translation>
    </message>
    <message>
        <source>Cross your arms and hold your shoulders, squeezing a little, kindly.</source>
        <translation>Verschränk die Arme und halte deine Schultern, drück sie ein wenig, freundlich.</translation>
    </message>
    <message>
        <source>Cupping your face</source>
        <translation>Gesicht halten</translation>
    </message>
    <message>
        <source>Hold your face softly in your hands, the way you&apos;d hold someone dear.</source>
        <translation>Halte dein Gesicht sanft in den Händen, so wie du einen lieben Menschen halten würdest.</translation>
    </message>
    <message>
        <source>Holding your hand</source>
        <translation>Hand halten</translation>
    </message>
    <message>
        <source>Hold one hand in the other. Notice the warmth where they meet.</source>
        <translation>Halte eine Hand in der anderen. Spüre die Wärme, wo sie sich berühren.</translation>
    </message>
    <message>
        <source>Stroking your arm</source>
        <translation>Arm streicheln</translation>
    </message>
    <message>
        <source>Slowly stroke one forearm with the other hand, from elbow to wrist.</source>
        <translation>Streich mit einer Hand langsam über den anderen Unterarm, vom Ellbogen bis zum Handgelenk.</translation>
    </message>
    <message>
        <source>I&apos;m here for you.</source>
        <translation>Ich bin für dich da.</translation>
    </message>
    <message>
        <source>It&apos;s going to be okay.</source>
        <translation>Es wird wieder gut.</translation>
    </message>
    <message>
        <source>This is hard.</source>
        <translation>Das ist schwer.</translation>
    </message>
    <message>
        <source>I&apos;m doing my best.</source>
        <translation>Ich tue mein Bestes.</translation>
    </message>
    <message>
        <source>I&apos;m allowed to struggle and still be okay.</source>
        <translation>Ich darf mich schwertun und bin trotzdem in Ordnung.</translation>
    </message>
    <message>
        <source>Feeling a little self-conscious at first is normal.</source>
        <translation>Es ist normal, sich anfangs ein wenig befangen zu fühlen.</translation>
    </message>
    <message>
        <source>Soothing touch</source>
        <translation>Beruhigende Berührung</translation>
    </message>
    <message>
        <source>Let the circle set the pace. If a hold doesn&apos;t suit you, or you feel light-headed, simply breathe normally.</source>
        <translation>Lass den Kreis das Tempo vorgeben. Wenn dir das Anhalten nicht guttut oder dir schwindelig wird, atme einfach normal.</translation>
    </message>
    <message>
        <source>Let the circle set the pace, as gently as you like.</source>
        <translation>Lass den Kreis das Tempo vorgeben, so sanft, wie du magst.</translation>
    </message>
    <message>
        <source>No pacing: just notice each breath coming and going.</source>
        <translation>Ohne Takt: Nimm einfach jeden Atemzug wahr, wie er kommt und geht.</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>your disk is full</source>
        <translation>dein Speicherplatz ist voll</translation>
    </message>
    <message>
        <source>the journal file is read-only</source>
        <translation>die Journal-Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>another program is using the journal</source>
        <translation>ein anderes Programm benutzt gerade das Journal</translation>
    </message>
    <message>
        <source>another Kind is writing to the journal</source>
        <translation>ein zweites Kind-Fenster schreibt gerade in das Journal</translation>
    </message>
    <message>
        <source>the journal was written by a newer Kind</source>
        <translation>das Journal stammt von einer neueren Kind-Version</translation>
    </message>
    <message>
        <source>the journal file is missing</source>
        <translation>die Journal-Datei fehlt</translation>
    </message>
    <message>
        <source>it is no longer in the journal</source>
        <translation>es ist nicht mehr im Journal</translation>
    </message>
    <message>
        <source>the file is not a Kind export</source>
        <translation>die Datei ist kein Kind-Export</translation>
    </message>
    <message>
        <source>the journal file is damaged</source>
        <translation>die Journal-Datei ist beschädigt</translation>
    </message>
    <message>
        <source>your letters are locked</source>
        <translation>deine Briefe sind verschlossen</translation>
    </message>
    <message>
        <source>that passphrase doesn&apos;t open it</source>
        <translation>mit dieser Passphrase öffnet es sich nicht</translation>
    </message>
    <message>
        <source>the small file that says how your journal is locked is missing or unreadable; your journal itself was left as it is</source>
        <translation>die kleine Datei, die festhält, wie dein Journal verschlossen ist, fehlt oder ist nicht lesbar; dein Journal selbst blieb, wie es ist</translation>
    </message>
    <message>
        <source>the journal file couldn&apos;t be read or written</source>
        <translation>die Journal-Datei ließ sich nicht lesen oder schreiben</translation>
    </message>
    <message>
        <source>that place is read-only</source>
        <translation>dieser Ort ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Kind isn&apos;t allowed to write there</source>
        <translation>Kind darf dort nicht schreiben</translation>
    </message>
    <message>
        <source>that folder doesn&apos;t exist</source>
        <translation>diesen Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>the file couldn&apos;t be written</source>
        <translation>die Datei ließ sich nicht schreiben</translation>
    </message>
    <message>
        <source>something unexpected went wrong</source>
        <translation>etwas Unerwartetes ist schiefgelaufen</translation>
    </message>
</context>
</TS>
