//! Tags `digest import` finds in a text: the people, places and organisations it is about, each
//! with its kind in `tag_kinds`, and none of the junk a news text is full of.

mod common;

use common::{TestSite, digest};

const SITE: &str = "title = \"Digest\"\nlanguage = \"id\"\n";

/// Imports `text` as the only file of a fresh site and returns the page's front matter.
fn front_matter_of(text: &str) -> serde_yaml::Value {
    front_matter_in(SITE, text)
}

/// The same, in a site whose `site.toml` is `site_toml`.
fn front_matter_in(site_toml: &str, text: &str) -> serde_yaml::Value {
    let site = TestSite::new(site_toml);
    site.write("raw/berita.txt", text);
    digest()
        .current_dir(site.root())
        .args(["import", "raw"])
        .assert()
        .success();
    let content = site.root().join("content");
    let page = std::fs::read_dir(&content)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .expect("a page");
    let text = std::fs::read_to_string(page).unwrap();
    let front = text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .map(|(front, _)| front)
        .expect("front matter");
    serde_yaml::from_str(front).unwrap()
}

fn tags(front: &serde_yaml::Value) -> Vec<String> {
    front["tags"]
        .as_sequence()
        .expect("tags")
        .iter()
        .map(|t| t.as_str().unwrap().to_string())
        .collect()
}

fn kind<'a>(front: &'a serde_yaml::Value, tag: &str) -> Option<&'a str> {
    front.get("tag_kinds")?.get(tag)?.as_str()
}

fn assert_tags(front: &serde_yaml::Value, want: &[&str], never: &[&str]) {
    let got = tags(front);
    for w in want {
        assert!(got.iter().any(|g| g == w), "{w} missing from {got:?}");
    }
    for n in never {
        assert!(!got.iter().any(|g| g == n), "{n} in {got:?}");
    }
}

#[test]
fn indonesian_text_gives_people_places_and_organisations_without_junk() {
    let front = front_matter_of(
        "BI Tahan Suku Bunga Acuan demi Jaga Rupiah\n\n\
         JAKARTA, KOMPAS.com - Bank Indonesia (BI) menahan suku bunga acuan di level 5,75 persen \
         pada Rabu pukul 14.30 WIB. Keputusan itu diambil dalam rapat di Jakarta.\n\n\
         Gubernur BI Perry Warjiyo mengatakan keputusan itu menjaga nilai tukar rupiah. \
         Menurut Perry, BI akan terus berada di pasar.\n\n\
         \"Kami jaga stabilitas,\" kata Perry. Rupiah ditutup di Rp16.400 per dolar.\n\n\
         Menteri Dalam Negeri Tito Karnavian meminta pemerintah daerah di Kabupaten Garut, \
         Jawa Barat, ikut mengendalikan harga pangan.\n",
    );
    assert_tags(
        &front,
        &[
            "Bank Indonesia",
            "Perry Warjiyo",
            "Tito Karnavian",
            "Jakarta",
        ],
        &[
            // Written once in the last paragraph, only whom the minister asks: the story
            // does not happen there (CONVENTIONS.md, places named once).
            "Garut",
            "BI",
            "Perry",
            "WIB",
            "Rp",
            "KOMPAS.com",
            "Kompas",
            "Menteri",
            "Dalam Negeri",
            "Kabupaten",
        ],
    );
    assert_eq!(kind(&front, "Bank Indonesia"), Some("organisation"));
    assert_eq!(kind(&front, "Perry Warjiyo"), Some("person"));
    assert_eq!(kind(&front, "Tito Karnavian"), Some("person"));
}

#[test]
fn english_text_gives_its_people_and_organisations() {
    let front = front_matter_of(
        "Indonesia raises $2.5 billion in global bond sale\n\n\
         JAKARTA, March 19 (Reuters) - Indonesia raised $2.5 billion from a sale of global bonds \
         on Wednesday, the finance ministry said.\n\n\
         Finance Minister Sri Mulyani Indrawati told reporters the strong demand showed investors \
         still trusted Indonesia's fiscal management.\n\n\
         The rupiah has weakened this year, and Bank Indonesia has intervened repeatedly. \
         Jakarta Gov. Pramono Anung said the city would also sell bonds.\n\n\
         Indrawati said the pricing was tighter than in January.\n",
    );
    assert_tags(
        &front,
        &[
            "Sri Mulyani Indrawati",
            "Pramono Anung",
            "Bank Indonesia",
            // Indonesia acts here ("Indonesia raised"); Jakarta is only the dateline and part
            // of an office ("Jakarta Gov."), not where the story happens.
            "Indonesia",
        ],
        &[
            "Jakarta",
            "Indonesia's",
            "Indrawati",
            "Reuters",
            "The",
            "Finance Minister",
            "Gov",
        ],
    );
    assert_eq!(kind(&front, "Sri Mulyani Indrawati"), Some("person"));
    assert_eq!(kind(&front, "Pramono Anung"), Some("person"));
}

#[test]
fn a_text_naming_nothing_known_writes_no_tag_kinds() {
    let front = front_matter_of(
        "Warga Gotong Royong\n\nwarga desa itu bergotong royong membersihkan saluran air pada \
         pagi hari. kegiatan berlangsung tertib dan selesai sebelum siang.\n",
    );
    assert!(front.get("tag_kinds").is_none(), "{front:?}");
}

#[test]
fn a_province_written_with_its_status_and_a_party_chapter_stay_whole() {
    let front = front_matter_of(
        "Uji Emisi Gratis Digelar di Jakarta\n\n\
         JAKARTA - Dinas Lingkungan Hidup Provinsi DKI Jakarta menggelar uji emisi gratis di \
         12 titik, Selasa. Kendaraan yang tidak lolos uji akan ditilang.\n\n\
         Ketua DPD PKB Jawa Tengah Sarwono Hadi mendukung langkah itu. \"Udara bersih hak \
         warga,\" kata Sarwono.\n\n\
         Warga DKI Jakarta diminta ikut uji emisi. Pemerintah DKI Jakarta menyiapkan 40 petugas.\n",
    );
    assert_tags(
        &front,
        &[
            "Dinas Lingkungan Hidup Provinsi DKI Jakarta",
            "Jakarta",
            "PKB Jawa Tengah",
            "Sarwono Hadi",
        ],
        // "DKI" is the province's status, like "Provinsi": the place is tagged by its name.
        &[
            "Dinas Lingkungan Hidup Provinsi",
            "PKB Jawa",
            "DKI",
            "DKI Jakarta",
            "Tengah",
        ],
    );
    assert_eq!(kind(&front, "Jakarta"), Some("place"));
    assert_eq!(kind(&front, "PKB Jawa Tengah"), Some("organisation"));
    assert_eq!(kind(&front, "Sarwono Hadi"), Some("person"));
}

#[test]
fn a_company_after_an_office_and_a_firm_with_an_ampersand_are_organisations() {
    let front = front_matter_in(
        "title = \"Digest\"\nlanguage = \"en\"\n",
        "Port operator to double terminal capacity\n\n\
         SURABAYA (Reuters) - The company's president Global Port Services said on Tuesday it \
         would double the capacity of its terminal in Surabaya by 2027.\n\n\
         Global Port Services operates three terminals in Southeast Asia. Analysts at \
         Harlow & Finch Securities said the plan would lift earnings.\n\n\
         The Senate Committee on Trade will review the concession. Harlow & Finch Securities \
         expects approval in March.\n",
    );
    assert_tags(
        &front,
        &[
            "Global Port Services",
            "Harlow & Finch Securities",
            "Senate Committee on Trade",
        ],
        &[
            "Global",
            "Port Services",
            "Finch Securities",
            "Senate Committee",
        ],
    );
    assert_eq!(kind(&front, "Global Port Services"), Some("organisation"));
}

#[test]
fn holidays_amounts_and_a_name_written_with_glued_initials() {
    let front = front_matter_of(
        "Penumpang Kapal Naik Jelang Natal\n\n\
         BANDA ACEH - Penumpang kapal cepat ke Sabang naik dua kali lipat menjelang Natal dan \
         Tahun Baru. Tiket kapal cepat dijual Rp120.000.\n\n\
         Kepala Pelabuhan Ulee Lheue M.Rizal mengatakan jadwal kapal ditambah selama libur Natal \
         dan Tahun Baru.\n\n\
         \"Kami siapkan empat kapal,\" kata M.Rizal. PT ASDP Indonesia Ferry juga menambah kapal \
         lambat ke Sabang.\n",
    );
    assert_tags(
        &front,
        &["M.Rizal", "Sabang"],
        &["Natal", "Tahun Baru", "Rp120.000", "Ulee Lheue M.Rizal"],
    );
    assert_eq!(kind(&front, "M.Rizal"), Some("person"));
}

#[test]
fn a_hospital_named_in_full_is_one_tag() {
    let front = front_matter_of(
        "Layanan Cuci Darah Dibuka\n\n\
         SENGKANG - Rumah Sakit Umum Daerah Lamaddukelleng Sengkang membuka layanan cuci darah, \
         Senin. Pasien tidak perlu lagi dirujuk ke Makassar.\n\n\
         Rumah Sakit Umum Daerah Lamaddukelleng Sengkang menyiapkan 12 mesin dan 20 perawat.\n",
    );
    assert_tags(
        &front,
        &["Rumah Sakit Umum Daerah Lamaddukelleng Sengkang"],
        &[
            "Daerah Lamaddukelleng",
            "Daerah Lamaddukelleng Sengkang",
            "Lamaddukelleng",
        ],
    );
    assert_eq!(
        kind(&front, "Rumah Sakit Umum Daerah Lamaddukelleng Sengkang"),
        Some("organisation")
    );
}

#[test]
fn a_market_after_an_everyday_role_is_a_place_not_a_person() {
    let front = front_matter_of(
        "Kebakaran Hanguskan Puluhan Kios\n\n\
         MEDAN - Kebakaran melanda Pasar Pos pada Senin malam dan menghanguskan 40 kios. \
         Pedagang Pasar Pos merugi hingga ratusan juta rupiah.\n\n\
         Kepala Dinas Perdagangan Kota Medan Ahmad Yasyir mengatakan pedagang akan dipindahkan \
         sementara ke lahan parkir.\n",
    );
    assert_tags(
        &front,
        &["Pasar Pos", "Ahmad Yasyir"],
        &["Pedagang Pasar Pos"],
    );
    assert_eq!(kind(&front, "Pasar Pos"), Some("place"));
    assert_eq!(kind(&front, "Ahmad Yasyir"), Some("person"));
}

#[test]
fn a_firm_whose_staff_speak_is_an_organisation_not_a_speaker() {
    let front = front_matter_of(
        "Palm oil refiner to shut plant\n\n\
         KUALA LUMPUR - A palm oil refiner will shut its plant in Pasir Gudang by June, the \
         company said on Wednesday.\n\n\
         Analysts at Morgan Stanley said the closure would cut the country's refining capacity \
         by a tenth. Morgan Stanley expects prices to rise.\n\n\
         Plantation minister Johari Abdul Ghani said the government would help the workers.\n",
    );
    assert_tags(&front, &["Morgan Stanley", "Johari Abdul Ghani"], &[]);
    assert_eq!(kind(&front, "Morgan Stanley"), Some("organisation"));
    assert_eq!(kind(&front, "Johari Abdul Ghani"), Some("person"));
}

#[test]
fn a_place_named_only_inside_a_quote_is_no_tag() {
    let front = front_matter_of(
        "Tiket Balap Motor Laris\n\n\
         MATARAM - Penjualan tiket balap motor di Sirkuit Mandalika, Lombok Tengah, naik dua \
         kali lipat dibanding tahun lalu, Senin.\n\n\
         Kepala Dinas Pariwisata Nusa Tenggara Barat Jamaluddin Malady mengatakan hotel di \
         Lombok Tengah sudah penuh. \"Penonton dari Malaysia, Australia, dan Jepang naik hampir \
         dua kali,\" kata Jamaluddin.\n\n\
         Panitia menambah tribune sementara di sisi timur sirkuit.\n",
    );
    assert_tags(
        &front,
        &["Lombok Tengah", "Jamaluddin Malady"],
        &["Malaysia", "Australia", "Jepang"],
    );
}

#[test]
fn a_malaysian_style_with_sri_is_no_part_of_the_name_but_sri_alone_is() {
    let front = front_matter_of(
        "Water cut to last three days\n\n\
         SHAH ALAM: Water supply to 400 areas in Selangor will be cut for three days from \
         Friday while a main pipe is repaired.\n\n\
         Federation of Malaysian Manufacturers chairman Tan Sri Lim Kok Wah said factories \
         would lose output. Deputy Minister Dato Sri Lee Kim Shin said tankers would be sent.\n\n\
         Selangor state executive councillor Sri Ganesh Rao said schools would stay open.\n",
    );
    assert_tags(
        &front,
        &["Lim Kok Wah", "Lee Kim Shin", "Sri Ganesh Rao"],
        &[
            "Sri Lim Kok Wah",
            "Tan Sri Lim Kok Wah",
            "Sri Lee Kim Shin",
            "Ganesh Rao",
        ],
    );
    assert_eq!(kind(&front, "Lim Kok Wah"), Some("person"));
}

#[test]
fn one_word_after_an_office_that_runs_on_in_capitals_is_no_person() {
    let front = front_matter_of(
        "Harga Ikan Tongkol di Pantai Tanjung Karang Turun\n\n\
         DONGGALA - Harga ikan tongkol di tempat pelelangan ikan Tanjung Karang turun sejak \
         pekan lalu karena tangkapan nelayan melimpah.\n\n\
         Ketua Kelompok Nelayan Bintang Samudra, Hasan Lamaranga, mengatakan harga tongkol \
         kini Rp18 ribu per kilogram. \"Tangkapan kami naik dua kali lipat,\" kata Hasan.\n\n\
         Manajer PLN Unit Layanan Pelanggan Donggala memastikan pasokan listrik ke gudang \
         pendingin aman selama musim tangkap.\n\n\
         Kepala Dinas Perikanan Kabupaten Donggala Sutarno meminta nelayan mencatat hasil \
         tangkapan. Sutarno Senin lalu meninjau pelelangan.\n\n\
         Hasan berharap pemerintah membantu nelayan membeli mesin pendingin baru.\n",
    );
    // "Kelompok" and "Unit" open longer names; "Sutarno" is a person called by one name,
    // even where a weekday follows him.
    assert_tags(
        &front,
        &["Hasan Lamaranga", "Sutarno"],
        &["Kelompok", "Unit"],
    );
    assert_eq!(kind(&front, "Sutarno"), Some("person"));
}

#[test]
fn a_name_loses_a_joining_word_a_shouted_article_and_a_possessive_at_its_edges() {
    let english = front_matter_of(
        "Fuel surcharge on island power bills to fall in January\n\n\
         SAIPAN - THE Island Power Corporation will lower its fuel surcharge in January after \
         diesel prices eased, its board decided on Tuesday.\n\n\
         Board chairman Vicente Camacho said households would save about $12 a month. Traders \
         said the Department of Energy and Mines's latest estimate showed diesel stocks would \
         last until March.\n\n\
         Camacho said the corporation would review the surcharge again in April.\n",
    );
    assert_tags(
        &english,
        &["Island Power Corporation", "Department of Energy and Mines"],
        &[
            "THE Island Power Corporation",
            "Department of Energy and Mines's",
        ],
    );
    let indonesian = front_matter_of(
        "Pawai Ogoh-ogoh Dibatasi Tingginya\n\n\
         DENPASAR - Tinggi ogoh-ogoh yang diarak di jalan raya tahun ini dibatasi lima meter \
         agar tidak tersangkut kabel listrik.\n\n\
         Aturan itu disepakati Majelis Desa Adat Kota Denpasar dan PLN Unit Induk Distribusi \
         Bali dalam rapat pada Senin.\n\n\
         Ketua Majelis, I Made Suartana, mengatakan setiap banjar sudah diberi tahu. \"Kami \
         tidak ingin ada yang tersengat listrik,\" kata Suartana.\n",
    );
    assert_tags(
        &indonesian,
        &["Majelis Desa Adat Kota Denpasar", "I Made Suartana"],
        &["Majelis Desa Adat Kota Denpasar dan"],
    );
}

#[test]
fn a_word_always_before_a_number_is_a_currency_or_a_numbered_thing_not_a_tag() {
    let front = front_matter_of(
        "Onion prices climb again in Rajshahi markets\n\n\
         RAJSHAHI - Onion prices rose to Tk 140 per kilogram in Rajshahi on Sunday, up from \
         Tk 110 a week earlier, traders said.\n\n\
         Wholesale trader Abdul Karim said trucks from the Hili land port were arriving half \
         empty, and buses on Corridor 4 were delayed by protests. Corridor 4 links the port \
         with the city.\n\n\
         Karim said prices would fall to Tk 90 once the new harvest reached the markets. The \
         Department of Agricultural Marketing said it would sell onions at Tk 100 from \
         trucks.\n",
    );
    assert_tags(&front, &["Abdul Karim", "Rajshahi"], &["Tk", "Corridor"]);
}

#[test]
fn a_place_written_once_outside_the_title_and_the_lead_is_no_tag() {
    // India is only where the coffee goes, written once in the third paragraph; Lampung Barat
    // is in the lead and Sumberjaya is written twice: the story happens there.
    let indonesian = front_matter_of(
        "Harga Kopi Robusta Naik Jelang Panen\n\n\
         Harga kopi robusta di tingkat petani di Lampung Barat naik menjadi Rp 38.000 per \
         kilogram pekan ini.\n\n\
         Ketua Asosiasi Petani Kopi, Suryadi Wibowo, mengatakan kenaikan itu dipicu \
         permintaan pembeli luar negeri yang terus bertambah sejak Oktober.\n\n\
         Sebagian besar kopi petani tahun ini diekspor ke India, kata Suryadi.\n\n\
         Petani di Sumberjaya mulai memanen lebih awal. Sumberjaya menghasilkan hampir \
         separuh kopi kabupaten itu.\n",
    );
    assert_tags(
        &indonesian,
        &["Lampung Barat", "Sumberjaya", "Suryadi Wibowo"],
        &["India"],
    );
    // Perth is only where a visitor came from; Albany is in the lead, Denmark named twice.
    let english = front_matter_of(
        "Whale season opens early on the south coast\n\n\
         The first humpback whales of the season were counted at Albany on Saturday, two \
         weeks earlier than last year, wildlife officers said.\n\n\
         Marine ranger Helen Ashby said boats had counted eleven whales by Sunday evening.\n\n\
         A visitor from Perth, Tom Reilly, said he had waited three years to see one.\n\n\
         Tour operators in Denmark have added trips for the school holidays. Denmark sits an \
         hour west along the coast.\n",
    );
    assert_tags(&english, &["Albany", "Denmark", "Helen Ashby"], &["Perth"]);
    assert_eq!(kind(&english, "Denmark"), Some("place"));
}

#[test]
fn a_school_numbered_inside_its_name_is_one_tag_with_its_place() {
    // "SMP Negeri 27 Tarakan": the number tells one school of many apart, and the place after
    // it belongs to the name; cut at the number, every such school would be "SMP Negeri".
    let front = front_matter_of(
        "Gedung SMP Negeri 27 Tarakan Rusak Diterjang Angin\n\n\
         TARAKAN - Atap dua ruang kelas SMP Negeri 27 Tarakan rusak diterjang angin kencang, \
         Kamis sore.\n\n\
         Siswa SMP Negeri 27 Tarakan kini belajar bergantian di perpustakaan sekolah.\n\n\
         SMP Negeri 27 dibangun pada 1996 dan belum pernah direhabilitasi menyeluruh, kata \
         Kepala Dinas Pendidikan Kota Tarakan, Rusdianto Pasaribu.\n",
    );
    assert_tags(&front, &["SMP Negeri 27 Tarakan"], &["SMP Negeri"]);
}

#[test]
fn a_place_written_alone_elsewhere_is_no_fourth_word_of_the_name_after_it() {
    // "Deputy Commissioner Kalat Imran Aziz Baloch": Kalat is the office's district, written
    // alone elsewhere in the story; the person is the three words after it.
    let front = front_matter_in(
        "title = \"Digest\"\nlanguage = \"en\"\n",
        "Flooded road cuts off villages near Kalat\n\n\
         KALAT: Floodwater washed away a section of the road linking Kalat with nearby \
         villages on Monday, leaving hundreds of families cut off.\n\n\
         Deputy Commissioner Kalat Imran Aziz Baloch visited the site and ordered repairs to \
         begin within two days.\n\n\
         The road had been damaged twice in the past three years, according to shopkeepers \
         in Kalat. Baloch promised a stronger culvert.\n",
    );
    assert_tags(&front, &["Imran Aziz Baloch"], &["Kalat Imran Aziz Baloch"]);
}

#[test]
fn a_budget_spelled_out_from_its_acronym_is_no_organisation_tag() {
    // "Anggaran Pendapatan dan Belanja Daerah (APBD)": spelled out like a body, but every word
    // of it is an ordinary word the story also writes in lower case (anggaran, pendapatan,
    // belanja, daerah), and no body's word opens or closes it: a budget, not an organisation.
    let front = front_matter_of(
        "DPRD Setujui APBD Kota Bitung 2026\n\n\
         BITUNG - Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bitung mengesahkan Anggaran \
         Pendapatan dan Belanja Daerah (APBD) Tahun 2026 sebesar Rp1,2 triliun dalam \
         rapat paripurna, Senin.\n\n\
         Ketua DPRD Kota Bitung, Marlina Sumampouw, mengatakan anggaran tahun depan turun \
         karena pendapatan dari pusat berkurang. Belanja pegawai tetap menjadi pos \
         terbesar dalam APBD.\n\n\
         Menurut Marlina, pemerintah kota diminta menjaga belanja daerah untuk layanan \
         dasar. Rancangan APBD 2026 disahkan setelah pembahasan tiga pekan.\n\n\
         Wali Kota Bitung, Hengky Honandar, berterima kasih kepada dewan. Ia mengatakan \
         APBD itu akan dijalankan dengan hemat.\n",
    );
    assert_tags(
        &front,
        &["Marlina Sumampouw", "Hengky Honandar"],
        &["Anggaran Pendapatan dan Belanja Daerah", "APBD"],
    );
}

#[test]
fn a_title_written_before_full_names_and_before_a_surname_alone_is_no_given_name() {
    // "Cr Jack Dunlop" beside "Cr Dunlop": the word before the surname alone is a title, so
    // every name it opens is the person's name without it ("Cr Maria Penrose" too).
    let front = front_matter_in(
        "title = \"Digest\"\nlanguage = \"en\"\n",
        "Council votes to rebuild Riverside seawall\n\n\
         Councillors in Devonport voted 7-2 on Monday night to spend $2.4 million rebuilding \
         the Riverside seawall before next winter.\n\n\
         Cr Maria Penrose, who moved the motion, said the wall had been patched four times \
         since 2019 and would not survive another king tide.\n\n\
         \"We can keep paying for patches or we can fix it once,\" Cr Penrose said.\n\n\
         Cr Jack Dunlop voted against, saying the money should wait for a state grant. Cr \
         Dunlop said Devonport ratepayers had already paid for two studies.\n",
    );
    assert_tags(
        &front,
        &["Maria Penrose", "Jack Dunlop"],
        &[
            "Cr Maria Penrose",
            "Cr Jack Dunlop",
            "Cr Dunlop",
            "Cr Penrose",
        ],
    );
}

#[test]
fn a_given_name_two_brothers_and_their_father_share_is_no_title() {
    // "Muhammad Rizal Daeng", "Muhammad Fadli Daeng" and their father "Muhammad Daeng": the
    // short form both full names end in shortens neither, so "Muhammad" is no title and each
    // brother keeps his whole name.
    let front = front_matter_of(
        "Dua Bersaudara Juara Lomba Perahu Layar\n\n\
         MAKASSAR - Dua bersaudara asal Kabupaten Takalar, Muhammad Rizal Daeng dan Muhammad \
         Fadli Daeng, menjuarai lomba perahu layar tradisional di Pantai Losari, Minggu \
         (30/11/2025).\n\n\
         Muhammad Rizal Daeng finis pertama di kelas perahu sandeq, sementara adiknya menang \
         di kelas padewakang.\n\n\
         \"Kami berlatih setiap sore,\" kata Muhammad Daeng, ayah keduanya, yang juga pelatih \
         mereka.\n\n\
         Muhammad Fadli Daeng mengatakan hadiah akan dipakai untuk memperbaiki perahu.\n",
    );
    assert_tags(
        &front,
        &["Muhammad Rizal Daeng", "Muhammad Fadli Daeng"],
        &["Rizal Daeng", "Fadli Daeng"],
    );
}
