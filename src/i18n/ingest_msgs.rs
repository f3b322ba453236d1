//! Texts of the validation report and of reading errors.

catalogue! {
    /// Texts of the validation report and of reading errors.
    IngestMsg {
        ReportTitle => [
        "{n} entries in the validation report",
        "Doğrulama raporunda {n} kayıt",
        "{n} Einträge im Prüfbericht"
    ],
        ReportClean => ["No problems found.", "Sorun bulunmadı.", "Keine Probleme gefunden."],
        ColFile => ["File", "Dosya", "Datei"],
        ColRow => ["Row", "Satır", "Zeile"],
        ColColumn => ["Column", "Sütun", "Spalte"],
        ColValue => ["Value", "Değer", "Wert"],
        ColProblem => ["Problem", "Sorun", "Problem"],
        ColAction => ["What was done", "Yapılan işlem", "Was getan wurde"],
        ColCount => ["Count", "Adet", "Anzahl"],
        ColRows => ["Rows", "Satırlar", "Zeilen"],
        ReportByKind => [
        "Problems by kind",
        "Türüne göre sorunlar",
        "Probleme nach Art"
    ],
        ReportShowMore => [
        "Show more rows (the next {n} of {left} not shown yet)",
        "Daha fazla satır göster (henüz gösterilmeyen {left} kaydın sonraki {n} tanesi)",
        "Weitere Zeilen zeigen (die nächsten {n} von {left} noch nicht gezeigten)"
    ],
        ReportCounted => [
        "The first {listed} problems are listed one by one; the other {rest} are counted by kind above.",
        "İlk {listed} sorun tek tek listelenir; kalan {rest} sorun yukarıda türüne göre sayılır.",
        "Die ersten {listed} Probleme sind einzeln aufgeführt; die übrigen {rest} sind oben nach Art gezählt."
    ],
        // Problems (validation report)
        IssueMissingValue => ["value missing", "değer eksik", "Wert fehlt"],
        IssueDuplicateId => ["duplicate id", "yinelenen kimlik", "doppelte Kennung"],
        IssueUnknownActor => ["no actor with this id or name", "bu kimlik veya adla aktör yok", "kein Akteur mit dieser Kennung oder diesem Namen"],
        IssueAmbiguousActor => ["several actors have this name", "bu adı taşıyan birden çok aktör var", "mehrere Akteure tragen diesen Namen"],
        IssueUnknownStage => ["unknown value-chain stage", "bilinmeyen değer zinciri aşaması", "unbekannte Stufe der Wertschöpfungskette"],
        IssueUnknownKind => ["unknown actor kind", "bilinmeyen aktör türü", "unbekannte Akteursart"],
        IssueUnknownBand => ["unknown band (core, support, enabling)", "bilinmeyen bant (core, support, enabling)", "unbekannte Ebene (core, support, enabling)"],
        IssueUnknownLocality => ["unknown locality (local, national, international)", "bilinmeyen konum (local, national, international)", "unbekannte Lage (local, national, international)"],
        IssueUnknownRelationKind => ["unknown relation kind", "bilinmeyen ilişki türü", "unbekannte Beziehungsart"],
        IssueUnknownOrigin => ["unknown origin (local, national, international)", "bilinmeyen köken (local, national, international)", "unbekannte Herkunft (local, national, international)"],
        IssueUnknownReason => ["unknown reason", "bilinmeyen neden", "unbekannter Grund"],
        IssueNotANumber => ["not a number", "sayı değil", "keine Zahl"],
        IssueOutOfRange => ["number out of range", "sayı aralık dışında", "Zahl außerhalb des Bereichs"],
        IssueSelfRelation => ["relation of an actor with itself", "aktörün kendisiyle ilişkisi", "Beziehung eines Akteurs mit sich selbst"],
        IssueUnknownColumn => ["column not part of the format", "sütun biçimde tanımlı değil", "Spalte gehört nicht zum Format"],
        IssueNestedValue => ["nested value not allowed here", "burada iç içe değer olamaz", "verschachtelter Wert hier nicht erlaubt"],
        IssueLegacyEncoding => ["the file is not saved as UTF-8", "dosya UTF-8 olarak kaydedilmemiş", "die Datei ist nicht als UTF-8 gespeichert"],
        IssueInvalidUtf8 => ["bytes that are not valid UTF-8 (first on this line)", "geçerli UTF-8 olmayan baytlar (ilki bu satırda)", "Bytes, die kein gültiges UTF-8 sind (das erste in dieser Zeile)"],
        IssueUnknownSheet => ["sheet matches no table of the format", "sayfa biçimin hiçbir tablosuna uymuyor", "Tabellenblatt passt zu keiner Tabelle des Formats"],
        IssueNoRows => ["table has a header but no data rows", "tabloda başlık var ama veri satırı yok", "Tabelle hat eine Kopfzeile, aber keine Datenzeilen"],
        IssueNoStagesTable => ["no value-chain stages in the files", "dosyalarda değer zinciri aşaması yok", "keine Stufen der Wertschöpfungskette in den Dateien"],
        IssueWeightScale => ["weights from {value}, not on the scale 1–5", "ağırlıklar {value} aralığında, 1–5 ölçeğinde değil", "Gewichte von {value}, nicht auf der Skala 1–5"],
        IssueHiddenCharacters => ["invisible or direction-changing characters ({value})", "görünmeyen veya yön değiştiren karakterler ({value})", "unsichtbare oder richtungsändernde Zeichen ({value})"],
        ActionHiddenRemoved => ["taken out, the rest kept", "çıkarıldı, geri kalanı saklandı", "entfernt, der Rest behalten"],
        ActionKeptAsAttribute => ["kept as an extra attribute, shown in the details", "ek öznitelik olarak saklandı, ayrıntılarda gösterilir", "als zusätzliches Merkmal behalten, in den Details gezeigt"],
        ActionKeptAsOwnKind => ["kept as its own kind under this word", "bu adla kendi türü olarak saklandı", "als eigene Art unter diesem Wort behalten"],
        ActionRescaled => ["mapped onto strength 1–5 (lowest 1, highest 5), the original value kept", "1–5 gücüne dönüştürüldü (en düşük 1, en yüksek 5), özgün değer saklandı", "auf Stärke 1–5 umgerechnet (kleinster 1, größter 5), der ursprüngliche Wert behalten"],
        ActionRowSkipped => ["row skipped", "satır atlandı", "Zeile übersprungen"],
        ActionValueIgnored => ["value left empty", "değer boş bırakıldı", "Wert leer gelassen"],
        ActionDefaulted => ["set to {value}", "{value} olarak ayarlandı", "auf {value} gesetzt"],
        ActionColumnIgnored => ["column ignored", "sütun yok sayıldı", "Spalte ignoriert"],
        ActionDecoded => ["read as {encoding}", "{encoding} olarak okundu", "als {encoding} gelesen"],
        ActionReplaced => ["invalid bytes shown as �", "geçersiz baytlar � olarak gösterildi", "ungültige Bytes als � dargestellt"],
        ActionTableIgnored => ["left out", "alınmadı", "nicht übernommen"],
        ActionPresetStages => ["stages of the preset “{preset}” used", "“{preset}” hazır şablonunun aşamaları kullanıldı", "Stufen der Vorlage „{preset}“ verwendet"],
        ActionStagesFromActors => ["stages made from the actors’ stage names", "aşamalar aktörlerdeki aşama adlarından oluşturuldu", "Stufen aus den Stufennamen der Akteure gebildet"],
        ActionGenericStage => ["all actors placed in one stage “Value chain”", "tüm aktörler tek bir “Değer zinciri” aşamasına yerleştirildi", "alle Akteure in eine Stufe „Wertschöpfungskette“ gesetzt"],
        // Load errors
        ErrNoFiles => ["No file was chosen.", "Dosya seçilmedi.", "Keine Datei gewählt."],
        ErrEmpty => ["{file}: the file is empty.", "{file}: dosya boş.", "{file}: Die Datei ist leer."],
        ErrTooLarge => [
        "{file}: {size} MB is above the limit of {limit} MB.",
        "{file}: {size} MB, {limit} MB sınırının üzerinde.",
        "{file}: {size} MB liegt über der Grenze von {limit} MB."
    ],
        ErrBinary => [
        "{file}: this is not a text table (it looks like a picture, archive or other binary file). Choose the CSV, Excel or JSON file of the survey.",
        "{file}: bu bir metin tablosu değil (resim, arşiv ya da başka bir ikili dosya gibi görünüyor). Anketin CSV, Excel veya JSON dosyasını seçin.",
        "{file}: Das ist keine Texttabelle (es sieht nach einem Bild, Archiv oder einer anderen Binärdatei aus). Wählen Sie die CSV-, Excel- oder JSON-Datei der Erhebung."
    ],
        ErrWorkbook => [
        "{file}: the workbook cannot be opened; it may be damaged, incomplete or password-protected ({detail}).",
        "{file}: çalışma kitabı açılamıyor; dosya bozuk, eksik ya da parola korumalı olabilir ({detail}).",
        "{file}: Die Arbeitsmappe lässt sich nicht öffnen; sie ist vielleicht beschädigt, unvollständig oder kennwortgeschützt ({detail})."
    ],
        ErrSheetReference => [
        "{file}, sheet {sheet}: the cell reference {cell} is beyond anything Excel allows; the workbook is damaged. Save it again from the spreadsheet program.",
        "{file}, {sheet} sayfası: {cell} hücre başvurusu Excel'in izin verdiği sınırların dışında; çalışma kitabı bozuk. Tablo programından yeniden kaydedin.",
        "{file}, Blatt {sheet}: Der Zellbezug {cell} liegt außerhalb dessen, was Excel erlaubt; die Arbeitsmappe ist beschädigt. Speichern Sie sie im Tabellenprogramm erneut."
    ],
        ErrSheetMissingText => [
        "{file}, sheet {sheet}, cell {cell}: the cell refers to a text the workbook does not contain; the workbook is damaged. Save it again from the spreadsheet program.",
        "{file}, {sheet} sayfası, {cell} hücresi: hücre, çalışma kitabında bulunmayan bir metne başvuruyor; çalışma kitabı bozuk. Tablo programından yeniden kaydedin.",
        "{file}, Blatt {sheet}, Zelle {cell}: Die Zelle verweist auf einen Text, den die Arbeitsmappe nicht enthält; die Arbeitsmappe ist beschädigt. Speichern Sie sie im Tabellenprogramm erneut."
    ],
        ErrSheetCutShort => [
        "{file}, sheet {sheet}: the sheet stops in the middle of cell {cell}; the workbook is incomplete. Copy it again or save it again from the spreadsheet program.",
        "{file}, {sheet} sayfası: sayfa {cell} hücresinin ortasında bitiyor; çalışma kitabı eksik. Yeniden kopyalayın ya da tablo programından yeniden kaydedin.",
        "{file}, Blatt {sheet}: Das Blatt bricht mitten in Zelle {cell} ab; die Arbeitsmappe ist unvollständig. Kopieren Sie sie erneut oder speichern Sie sie im Tabellenprogramm erneut."
    ],
        ErrNoKnownSheet => [
        "{file}: none of the sheets ({sheets}) is a table of the format (actors, relations, stages, sourcing, meta, or an adjacency matrix).",
        "{file}: sayfaların ({sheets}) hiçbiri biçimin bir tablosu değil (aktörler, ilişkiler, aşamalar, tedarik, meta ya da komşuluk matrisi).",
        "{file}: Keines der Tabellenblätter ({sheets}) ist eine Tabelle des Formats (Akteure, Beziehungen, Stufen, Bezugsquellen, Metadaten oder eine Adjazenzmatrix)."
    ],
        ErrXml => [
        "{file}, line {line}: the XML cannot be read ({detail}).",
        "{file}, satır {line}: XML okunamıyor ({detail}).",
        "{file}, Zeile {line}: Das XML ist nicht lesbar ({detail})."
    ],
        ErrUnknownXml => [
        "{file}: an XML file with root element <{root}> is neither GEXF nor GraphML.",
        "{file}: kök öğesi <{root}> olan XML dosyası GEXF ya da GraphML değil.",
        "{file}: Eine XML-Datei mit dem Wurzelelement <{root}> ist weder GEXF noch GraphML."
    ],
        ErrUnclosedQuote => [
        "{file}, line {line}: a quotation mark opens a cell here but is never closed, so the rest of the file would become one cell.",
        "{file}, satır {line}: burada bir hücreyi açan tırnak işareti hiç kapanmıyor; dosyanın geri kalanı tek hücre olurdu.",
        "{file}, Zeile {line}: Hier öffnet ein Anführungszeichen eine Zelle, wird aber nie geschlossen; der Rest der Datei würde zu einer Zelle."
    ],
        ErrTooManyColumns => [
        "{file}, line {line}: {columns} columns is above the limit of {limit}. Check the delimiter or the export.",
        "{file}, satır {line}: {columns} sütun, {limit} sınırının üzerinde. Ayırıcıyı ya da dışa aktarımı kontrol edin.",
        "{file}, Zeile {line}: {columns} Spalten liegen über der Grenze von {limit}. Prüfen Sie das Trennzeichen oder den Export."
    ],
        ErrRepeatedRow => [
        "{file}, row {line}: this row is repeated {repeats} times, and clustermap reads at most {limit} copies of a row. The file is damaged or was made to be: save the sheet again without the repeated rows.",
        "{file}, satır {line}: bu satır {repeats} kez tekrarlanıyor; clustermap bir satırın en çok {limit} kopyasını okur. Dosya bozuk ya da kasıtlı hazırlanmış: sayfayı tekrarlanan satırlar olmadan yeniden kaydedin.",
        "{file}, Zeile {line}: Diese Zeile wird {repeats}-mal wiederholt, clustermap liest höchstens {limit} Kopien einer Zeile. Die Datei ist beschädigt oder absichtlich so gebaut: Speichern Sie das Blatt ohne die wiederholten Zeilen neu."
    ],
        ErrSheetTooLarge => [
        "{file}: the sheet would unpack to {cells} cells, above the limit of {limit} for one sheet in the browser. Split the sheet or remove empty formatted rows and columns.",
        "{file}: sayfa açıldığında {cells} hücre olur; tarayıcıda bir sayfa için sınır {limit}. Sayfayı bölün ya da biçimlendirilmiş boş satır ve sütunları silin.",
        "{file}: Das Blatt ergäbe entpackt {cells} Zellen, über der Grenze von {limit} für ein Blatt im Browser. Teilen Sie das Blatt oder entfernen Sie leere formatierte Zeilen und Spalten."
    ],
        ErrPartTooLarge => [
        "{file}: {part} unpacks to more than {limit} MiB, far more than a survey sheet needs; reading stopped there. The file may be a zip bomb, or a sheet padded with empty content: save the sheet again with only its table.",
        "{file}: {part} açıldığında {limit} MiB'tan büyük oluyor; bir anket sayfasının ihtiyacından çok fazla, okuma orada durdu. Dosya bir zip bombası ya da boş içerikle şişirilmiş bir sayfa olabilir: sayfayı yalnızca tablosuyla yeniden kaydedin.",
        "{file}: {part} ergibt entpackt mehr als {limit} MiB, weit mehr als ein Erhebungsblatt braucht; das Lesen wurde dort beendet. Die Datei ist vielleicht eine Zip-Bombe oder ein mit leerem Inhalt aufgeblähtes Blatt: Speichern Sie das Blatt nur mit seiner Tabelle neu."
    ],
        ErrTooManySheets => [
        "{file}: the workbook has {sheets} sheets, and clustermap reads workbooks of at most {limit} sheets (actors, relations, stages and a few more). Copy the survey tables into a workbook of their own.",
        "{file}: çalışma kitabında {sheets} sayfa var; clustermap en çok {limit} sayfalık çalışma kitaplarını okur (aktörler, ilişkiler, aşamalar ve birkaç tane daha). Anket tablolarını ayrı bir çalışma kitabına kopyalayın.",
        "{file}: Die Arbeitsmappe hat {sheets} Blätter, clustermap liest Arbeitsmappen mit höchstens {limit} Blättern (Akteure, Beziehungen, Stufen und einige mehr). Kopieren Sie die Erhebungstabellen in eine eigene Arbeitsmappe."
    ],
        ErrCellTooLong => [
        "{file}, line {line}, column {column}: this cell holds {chars} characters, more than the {limit} that Excel itself allows in a cell. It is not survey data; the file is damaged or was made to be.",
        "{file}, satır {line}, sütun {column}: bu hücrede {chars} karakter var; Excel'in bir hücrede izin verdiği {limit} karakterden fazla. Bu anket verisi değil; dosya bozuk ya da kasıtlı hazırlanmış.",
        "{file}, Zeile {line}, Spalte {column}: Diese Zelle enthält {chars} Zeichen, mehr als die {limit}, die Excel selbst in einer Zelle erlaubt. Das sind keine Erhebungsdaten; die Datei ist beschädigt oder absichtlich so gebaut."
    ],
        ErrXmlEntities => [
        "{file}, line {line}: the file declares its own entities (<!ENTITY …>). clustermap does not expand them, so that an entity bomb or a reference to another file on this computer cannot be read through it; Gephi and other tools do not write them. Export the network again from its tool.",
        "{file}, satır {line}: dosya kendi varlıklarını tanımlıyor (<!ENTITY …>). clustermap bunları açmaz; böylece bir varlık bombası ya da bu bilgisayardaki başka bir dosyaya başvuru onun üzerinden okunamaz. Gephi ve diğer araçlar bunları yazmaz: ağı kendi aracından yeniden dışa aktarın.",
        "{file}, Zeile {line}: Die Datei deklariert eigene Entitäten (<!ENTITY …>). clustermap löst sie nicht auf, damit weder eine Entitäten-Bombe noch ein Verweis auf eine andere Datei auf diesem Rechner darüber gelesen werden kann; Gephi und andere Werkzeuge schreiben keine. Exportieren Sie das Netzwerk erneut aus seinem Werkzeug."
    ],
        ErrJson => [
        "{file}, line {line}, column {column}: not valid JSON ({detail}).",
        "{file}, satır {line}, sütun {column}: geçerli JSON değil ({detail}).",
        "{file}, Zeile {line}, Spalte {column}: kein gültiges JSON ({detail})."
    ],
        ErrJsonShape => [
        "{file}, at {path}: expected {expected}.",
        "{file}, {path} konumunda: {expected} bekleniyordu.",
        "{file}, bei {path}: erwartet wurde {expected}."
    ],
        ErrCsv => [
        "{file}, line {line}: the CSV cannot be read ({detail}).",
        "{file}, satır {line}: CSV okunamıyor ({detail}).",
        "{file}, Zeile {line}: Die CSV-Datei ist nicht lesbar ({detail})."
    ],
        ErrUnknownTable => [
        "{file}: the header ({header}) matches no table of the format (actors, relations, stages, sourcing, meta).",
        "{file}: başlık ({header}) biçimin hiçbir tablosuna uymuyor (aktörler, ilişkiler, aşamalar, tedarik, meta).",
        "{file}: Die Kopfzeile ({header}) passt zu keiner Tabelle des Formats (Akteure, Beziehungen, Stufen, Bezugsquellen, Metadaten)."
    ],
        ErrMissingColumn => [
        "{file}: the required column “{column}” is missing.",
        "{file}: gerekli “{column}” sütunu eksik.",
        "{file}: Die Pflichtspalte „{column}“ fehlt."
    ],
        ErrNoActors => [
        "No actors could be read. Load an actors table (with id and name) together with the other files.",
        "Hiç aktör okunamadı. Aktör tablosunu (kimlik ve ad ile) diğer dosyalarla birlikte yükleyin.",
        "Es konnten keine Akteure gelesen werden. Laden Sie eine Akteurstabelle (mit Kennung und Name) zusammen mit den anderen Dateien."
    ],
        ErrReaderStopped => [
            "{file}: the file reader stopped while reading ({detail}). The file may be damaged, or too large for this browser. The map is unchanged and a new reader is ready: open the file in Excel or LibreOffice and save it again (as XLSX or CSV), or load it in smaller parts.",
            "{file}: dosya okuyucu okurken durdu ({detail}). Dosya bozuk ya da bu tarayıcı için fazla büyük olabilir. Harita değişmedi ve yeni bir okuyucu hazır: dosyayı Excel veya LibreOffice ile açıp yeniden kaydedin (XLSX veya CSV olarak) ya da daha küçük parçalar halinde yükleyin.",
            "{file}: der Dateileser hat beim Lesen angehalten ({detail}). Die Datei ist vielleicht beschädigt oder zu groß für diesen Browser. Die Karte ist unverändert und ein neuer Leser ist bereit: Öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie neu (als XLSX oder CSV), oder laden Sie sie in kleineren Teilen."
        ],
        ErrNeedsReader => [
            "{file}: this browser did not start the file reader, which opens files (Web Workers may be blocked). Allow the page to run workers, or open it in another browser.",
            "{file}: bu tarayıcı dosyaları açan okuyucuyu başlatmadı (Web Worker engellenmiş olabilir). Sayfanın worker çalıştırmasına izin verin veya sayfayı başka bir tarayıcıda açın.",
            "{file}: dieser Browser hat den Dateileser nicht gestartet, der Dateien öffnet (Web Worker sind vielleicht gesperrt). Erlauben Sie der Seite Worker, oder öffnen Sie sie in einem anderen Browser."
        ],
        ErrNoStages => [
        "{file}: none of the rows of the stages table could be used. Check its columns id, name and band.",
        "{file}: aşama tablosunun hiçbir satırı kullanılamadı. id, name ve band sütunlarını kontrol edin.",
        "{file}: Keine Zeile der Stufentabelle war verwendbar. Prüfen Sie die Spalten id, name und band."
    ],
        ExpectedObject => ["an object", "bir nesne", "ein Objekt"],
        ExpectedArray => ["an array", "bir dizi", "ein Array"],
        ExpectedActors => ["an array of actors", "bir aktör dizisi", "ein Array von Akteuren"],
        // The column-mapping step
        MappingTitle => ["Columns: how your files were read", "Sütunlar: dosyalarınız nasıl okundu", "Spalten: wie Ihre Dateien gelesen wurden"],
        MappingHelp => [
            "Each table of your files, with what every header was taken to mean. Change a choice and the files are read again at once; your choices are kept with the workspace.",
            "Dosyalarınızdaki her tablo ve her başlığın ne anlama geldiği. Bir seçimi değiştirdiğinizde dosyalar hemen yeniden okunur; seçimleriniz çalışma alanıyla saklanır.",
            "Jede Tabelle Ihrer Dateien und was jede Kopfzeile bedeuten soll. Ändern Sie eine Zuordnung, und die Dateien werden sofort neu gelesen; Ihre Zuordnungen bleiben im Arbeitsbereich."
        ],
        MappingSummary => ["{n} tables; {unsure} need a look", "{n} tablo; {unsure} tanesine bakılmalı", "{n} Tabellen; {unsure} sollten geprüft werden"],
        MappingAllClear => ["{n} tables, all headers recognised", "{n} tablo, tüm başlıklar tanındı", "{n} Tabellen, alle Kopfzeilen erkannt"],
        MappingTable => ["Table", "Tablo", "Tabelle"],
        MappingNoTable => ["— not recognised: choose a table —", "— tanınmadı: bir tablo seçin —", "— nicht erkannt: Tabelle wählen —"],
        MappingRows => ["{rows} data rows, header in row {line}", "{rows} veri satırı, başlık {line}. satırda", "{rows} Datenzeilen, Kopfzeile in Zeile {line}"],
        MappingHeader => ["Header in the file, its values", "Dosyadaki başlık ve değerleri", "Kopfzeile in der Datei, ihre Werte"],
        MappingReadAs => ["Read as", "Okunduğu alan", "Gelesen als"],
        MappingExamples => ["Examples", "Örnekler", "Beispiele"],
        MappingChooseTable => ["choose the table first", "önce tabloyu seçin", "zuerst die Tabelle wählen"],
        MappingIgnore => ["— ignore this column —", "— bu sütunu yok say —", "— Spalte ignorieren —"],
        MappingRecognised => ["recognised", "tanındı", "erkannt"],
        MappingChosen => ["your choice", "sizin seçiminiz", "Ihre Wahl"],
        MappingUnmatched => ["not recognised", "tanınmadı", "nicht erkannt"],
        MappingMissing => ["Needed but not assigned: {columns}", "Gerekli ama atanmamış: {columns}", "Benötigt, aber nicht zugeordnet: {columns}"],
        MappingDuplicated => ["Assigned to more than one header (the first is read): {columns}", "Birden çok başlığa atanmış (ilki okunur): {columns}", "Mehreren Kopfzeilen zugeordnet (die erste wird gelesen): {columns}"],
        MappingReset => ["Back to the recognised headers", "Tanınan başlıklara dön", "Zurück zu den erkannten Kopfzeilen"],
        MappingSaved => [
            "This workspace was restored from the browser; load the files again to change how their columns are read.",
            "Bu çalışma alanı tarayıcıdan geri yüklendi; sütunların okunuşunu değiştirmek için dosyaları yeniden yükleyin.",
            "Dieser Arbeitsbereich wurde aus dem Browser wiederhergestellt; laden Sie die Dateien erneut, um die Spaltenzuordnung zu ändern."
        ],
        // The value-mapping step
        ValuesTitle => ["Values: what your categories were taken to mean", "Değerler: kategorilerinizin anlamı", "Werte: wie Ihre Kategorien verstanden wurden"],
        ValuesHelp => [
            "Every distinct value of the category columns, what it was read as and how many rows have it. Choose a meaning and the files are read again at once; your choices are kept with the workspace.",
            "Kategori sütunlarındaki her farklı değer, nasıl okunduğu ve kaç satırda geçtiği. Bir anlam seçtiğinizde dosyalar hemen yeniden okunur; seçimleriniz çalışma alanıyla saklanır.",
            "Jeder verschiedene Wert der Kategoriespalten, wie er gelesen wurde und wie viele Zeilen ihn haben. Wählen Sie eine Bedeutung, und die Dateien werden sofort neu gelesen; Ihre Wahl bleibt im Arbeitsbereich."
        ],
        ValuesAllClear => ["{n} values, all understood", "{n} değer, hepsi anlaşıldı", "{n} Werte, alle verstanden"],
        ValuesSummary => ["{n} values; {unsure} not understood", "{n} değer; {unsure} tanesi anlaşılmadı", "{n} Werte; {unsure} nicht verstanden"],
        ValuesColumn => ["{table}: {column}", "{table}: {column}", "{table}: {column}"],
        ValuesValue => ["Value in the file", "Dosyadaki değer", "Wert in der Datei"],
        ValuesRows => ["Rows", "Satır", "Zeilen"],
        ValuesMeaning => ["Read as", "Okunduğu anlam", "Gelesen als"],
        ValuesUnderstood => ["understood", "anlaşıldı", "verstanden"],
        ValuesChosen => ["your choice", "sizin seçiminiz", "Ihre Wahl"],
        ValuesNotUnderstood => ["not understood", "anlaşılmadı", "nicht verstanden"],
        ValuesOwnKind => ["its own kind “{value}”", "kendi türü “{value}”", "eigene Art „{value}“"],
        ValuesFallback => ["— not understood: read as {meaning} —", "— anlaşılmadı: {meaning} olarak okundu —", "— nicht verstanden: als {meaning} gelesen —"],
        ValuesSetAside => ["— not understood: row set aside —", "— anlaşılmadı: satır dışarıda bırakıldı —", "— nicht verstanden: Zeile beiseitegelegt —"],
        ValuesReset => ["Back to the built-in vocabulary", "Yerleşik sözlüğe dön", "Zurück zum eingebauten Vokabular"],
        TypeEmpty => ["empty", "boş", "leer"],
        TypeNumber => ["numbers", "sayılar", "Zahlen"],
        TypeList => ["lists", "listeler", "Listen"],
        TypeText => ["text", "metin", "Text"],
    }
}
