<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>@default</name>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="57"/>
        <source>The Vantage Processing algorithms are not available: {error}</source>
        <translation>Algoritme Processing Vantage tidak tersedia: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="270"/>
        <source>Vantage for QGIS</source>
        <translation>Vantage untuk QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="86"/>
        <source>Vantage EUDR check</source>
        <translation>Pemeriksaan EUDR Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="89"/>
        <source>Show or hide the Vantage panel: validate and check plots for the EUDR</source>
        <translation>Tampilkan atau sembunyikan panel Vantage: validasi dan periksa petak untuk EUDR</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="93"/>
        <source>Vantage settings…</source>
        <translation>Pengaturan Vantage…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="102"/>
        <source>&amp;Vantage for QGIS</source>
        <translation>&amp;Vantage untuk QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="191"/>
        <source>The Vantage panel could not be opened: {error}</source>
        <translation>Panel Vantage tidak dapat dibuka: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="121"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="57"/>
        <source>analysed</source>
        <translation>dianalisis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="58"/>
        <source>analysed, data missing</source>
        <translation>dianalisis, data kurang</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="60"/>
        <source>invalid (not analysed)</source>
        <translation>tidak valid (tidak dianalisis)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>pending</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="62"/>
        <source>simulated (dry run)</source>
        <translation>disimulasikan (uji coba)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="36"/>
        <source>{plots} plots</source>
        <translation>{plots} petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="64"/>
        <source>Vantage check summary</source>
        <translation>Ringkasan pemeriksaan Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="78"/>
        <source>Dry run: these values are simulated placeholders, not real results.</source>
        <translation>Uji coba: nilai-nilai ini hanya simulasi, bukan hasil sebenarnya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Risk level</source>
        <translation>Tingkat risiko</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="343"/>
        <source>Plots</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="89"/>
        <source>By risk level</source>
        <translation>Menurut tingkat risiko</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="444"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="109"/>
        <source>By status</source>
        <translation>Menurut status</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="95"/>
        <source>Total area: {area} ha. Deforestation after 2020: {deforestation} ha.</source>
        <translation>Luas total: {area} ha. Deforestasi setelah 2020: {deforestation} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="114"/>
        <source>Run: {engine}, {status}</source>
        <translation>Proses: {engine}, {status}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="121"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="121"/>
        <source>Seconds</source>
        <translation>Detik</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="130"/>
        <source>Saved to {path}</source>
        <translation>Disimpan ke {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="20"/>
        <source>Spend Vantage tokens?</source>
        <translation>Gunakan token Vantage?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="27"/>
        <source>This check sends {plots} plots to the Vantage API and costs {cost} tokens.</source>
        <translation>Pemeriksaan ini mengirim {plots} petak ke API Vantage dan memerlukan {cost} token.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="36"/>
        <source>Your free token balance is unknown.</source>
        <translation>Saldo token gratis Anda tidak diketahui.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="38"/>
        <source>You have {free} free tokens; {left} would be left.</source>
        <translation>Anda memiliki {free} token gratis; sisanya akan menjadi {left}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="46"/>
        <source>You do not have enough free tokens for this job.</source>
        <translation>Token gratis Anda tidak cukup untuk pekerjaan ini.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="50"/>
        <source>Tokens reserved for plots that fail are returned. A dry run costs nothing.</source>
        <translation>Token yang dicadangkan untuk petak yang gagal akan dikembalikan. Uji coba tidak dikenai biaya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/confirm_dialog.py" line="56"/>
        <source>Spend {cost} tokens</source>
        <translation>Gunakan {cost} token</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="115"/>
        <source>Wood</source>
        <translation>Kayu</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="116"/>
        <source>Soy</source>
        <translation>Kedelai</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="117"/>
        <source>Cocoa</source>
        <translation>Kakao</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="118"/>
        <source>Coffee</source>
        <translation>Kopi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="119"/>
        <source>Palm oil</source>
        <translation>Kelapa sawit</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="120"/>
        <source>Cattle (beef)</source>
        <translation>Sapi (daging)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="121"/>
        <source>Rubber</source>
        <translation>Karet</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="265"/>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="265"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="257"/>
        <source>A vector layer of plots: polygons or points, any CRS</source>
        <translation>Lapisan vektor petak: poligon atau titik, CRS apa pun</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="258"/>
        <source>Layer</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="259"/>
        <source>Selected features only</source>
        <translation>Hanya fitur terpilih</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="262"/>
        <source>Fields</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="270"/>
        <source>Plot id</source>
        <translation>ID petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="271"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="407"/>
        <source>Commodity</source>
        <translation>Komoditas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="419"/>
        <source>Harvest date</source>
        <translation>Tanggal panen</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="274"/>
        <source>Point area (ha)</source>
        <translation>Luas titik (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="294"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="295"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="299"/>
        <source>API jobs</source>
        <translation>Pekerjaan API</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="316"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="334"/>
        <source>Validate</source>
        <translation>Validasi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="336"/>
        <source>Check every plot against the EUDR and Vantage geometry rules</source>
        <translation>Periksa setiap petak terhadap aturan geometri EUDR dan Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="338"/>
        <source>Fix…</source>
        <translation>Perbaiki…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="340"/>
        <source>Apply the safe fixes and write the fixed plots to a new GeoPackage (your layer is not changed)</source>
        <translation>Terapkan perbaikan yang aman dan tulis petak yang sudah diperbaiki ke GeoPackage baru (lapisan Anda tidak diubah)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="883"/>
        <source>Validate the layer to list its problems.</source>
        <translation>Validasi lapisan untuk melihat daftar masalahnya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="359"/>
        <source>Plot</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="209"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="208"/>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="208"/>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="391"/>
        <source>Bundled (offline)</source>
        <translation>Bawaan (luring)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="51"/>
        <source>Vantage API</source>
        <translation>API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="301"/>
        <source>Engine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="400"/>
        <source>From the field</source>
        <translation>Dari kolom</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="406"/>
        <source>Used for plots whose commodity field is empty</source>
        <translation>Dipakai untuk petak yang kolom komoditasnya kosong</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="412"/>
        <source>From the date field</source>
        <translation>Dari kolom tanggal</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="416"/>
        <source>Used for plots whose harvest date field is empty; the analysis runs up to this date</source>
        <translation>Dipakai untuk petak yang kolom tanggal panennya kosong; analisis berjalan sampai tanggal ini</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1005"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="425"/>
        <source>Save the results as</source>
        <translation>Simpan hasil sebagai</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="426"/>
        <source>The results are written to this GeoPackage</source>
        <translation>Hasil ditulis ke GeoPackage ini</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="427"/>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="447"/>
        <source>Dry run (free)</source>
        <translation>Uji coba (gratis)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="449"/>
        <source>A dry run spends no token and returns simulated values, not real results</source>
        <translation>Uji coba tidak memakai token dan menghasilkan nilai simulasi, bukan hasil sebenarnya</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="655"/>
        <source>Log in…</source>
        <translation>Masuk…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="471"/>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="473"/>
        <source>Ask the Vantage API for your token balance</source>
        <translation>Tanyakan saldo token Anda ke API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="484"/>
        <source>Check plots</source>
        <translation>Periksa petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="489"/>
        <source>Summary…</source>
        <translation>Ringkasan…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1400"/>
        <source>Your Vantage API jobs, newest first.</source>
        <translation>Pekerjaan API Vantage Anda, yang terbaru di atas.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="515"/>
        <source>Load jobs</source>
        <translation>Muat pekerjaan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="518"/>
        <source>Load more</source>
        <translation>Muat lagi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="651"/>
        <source>Change login…</source>
        <translation>Ganti akun…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="653"/>
        <source>Token balance not loaded yet.</source>
        <translation>Saldo token belum dimuat.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="656"/>
        <source>Not logged in.</source>
        <translation>Belum masuk.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="657"/>
        <source>Plots are sent to the Vantage API of Open Atlas. A dry run costs nothing; a real check asks before spending tokens.</source>
        <translation>Petak dikirim ke API Vantage milik Open Atlas. Uji coba tidak dikenai biaya; pemeriksaan sungguhan meminta persetujuan sebelum memakai token.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="673"/>
        <source>Offline, with the data of {path}.</source>
        <translation>Luring, dengan data dari {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="146"/>
        <source>Vantage</source>
        <translation>Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="520"/>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="814"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="483"/>
        <source>A part of the plugin is missing: {error}</source>
        <translation>Ada bagian plugin yang hilang: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="820"/>
        <source>Failed: {error}</source>
        <translation>Gagal: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="837"/>
        <source>Choose a layer of plots first.</source>
        <translation>Pilih lapisan petak terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="143"/>
        <source>No feature is selected in {layer}.</source>
        <translation>Tidak ada fitur yang dipilih di {layer}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="863"/>
        <source>Validating {n} plots…</source>
        <translation>Memvalidasi {n} petak…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="48"/>
        <source>A safe fix exists: use Fix…</source>
        <translation>Ada perbaikan yang aman: gunakan Perbaiki…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="922"/>
        <source>No problem found: all {total} plots can be checked.</source>
        <translation>Tidak ada masalah: semua {total} petak dapat diperiksa.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1005"/>
        <source>Save the fixed plots as</source>
        <translation>Simpan petak yang diperbaiki sebagai</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1021"/>
        <source>Fixing {n} plots…</source>
        <translation>Memperbaiki {n} petak…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1036"/>
        <source>{layer} (fixed)</source>
        <translation>{layer} (diperbaiki)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1038"/>
        <source>Remaining problems</source>
        <translation>Masalah yang tersisa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1039"/>
        <source>{n} fixes applied; the fixed plots are in a new layer.</source>
        <translation>{n} perbaikan diterapkan; petak yang diperbaiki ada di lapisan baru.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1062"/>
        <source>Choose where to save the results (a GeoPackage).</source>
        <translation>Pilih tempat menyimpan hasil (sebuah GeoPackage).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1101"/>
        <source>Checking {n} plots…</source>
        <translation>Memeriksa {n} petak…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="137"/>
        <source>Check finished: {summary}</source>
        <translation>Pemeriksaan selesai: {summary}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1288"/>
        <source>The output could not be opened: {uri}</source>
        <translation>Keluaran tidak dapat dibuka: {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1323"/>
        <source>Log in to use the Vantage API.</source>
        <translation>Masuk untuk menggunakan API Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1357"/>
        <source>Loading the token balance…</source>
        <translation>Memuat saldo token…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1358"/>
        <source>Vantage token balance</source>
        <translation>Saldo token Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1364"/>
        <source>{free} free tokens</source>
        <translation>{free} token gratis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1366"/>
        <source>(balance {total}, reserved {reserved})</source>
        <translation>(saldo {total}, dicadangkan {reserved})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1376"/>
        <source>Vantage jobs</source>
        <translation>Pekerjaan Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1386"/>
        <source>, {n} tokens</source>
        <translation>, {n} token</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1387"/>
        <source>{when}  {name} — {status}, {plots} plots{cost}</source>
        <translation>{when}  {name} — {status}, {plots} petak{cost}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1398"/>
        <source>No job yet.</source>
        <translation>Belum ada pekerjaan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="55"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="58"/>
        <source>Login (auth config)</source>
        <translation>Akun (konfigurasi autentikasi)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="59"/>
        <source>Dry run by default (no token is spent)</source>
        <translation>Uji coba sebagai bawaan (tidak ada token yang dipakai)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="72"/>
        <source>Bundled offline engine</source>
        <translation>Mesin luring bawaan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="485"/>
        <source>Data catalog (*.json)</source>
        <translation>Katalog data (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="86"/>
        <source>Outputs</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="91"/>
        <source>Default output folder</source>
        <translation>Folder keluaran bawaan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="161"/>
        <source>Vantage settings</source>
        <translation>Pengaturan Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="54"/>
        <source>Log in to Vantage</source>
        <translation>Masuk ke Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="59"/>
        <source>Use the user name and password Open Atlas gave you. They are kept in the QGIS authentication database, never in plain settings.</source>
        <translation>Gunakan nama pengguna dan kata sandi dari Open Atlas. Keduanya disimpan di basis data autentikasi QGIS, tidak pernah di pengaturan biasa.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="74"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="78"/>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="90"/>
        <source>Save login</source>
        <translation>Simpan akun</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="105"/>
        <source>The server address must start with https://</source>
        <translation>Alamat server harus diawali dengan https://</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/login_dialog.py" line="108"/>
        <source>Enter your user name and password.</source>
        <translation>Masukkan nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="43"/>
        <source>Install shapely 2.0 or later (python3-shapely or pip install shapely).</source>
        <translation>Pasang shapely 2.0 atau yang lebih baru (python3-shapely atau pip install shapely).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin_stub.py" line="44"/>
        <source>The plugin could not be loaded: {error}.</source>
        <translation>Plugin tidak dapat dimuat: {error}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="347"/>
        <source>Show warnings</source>
        <translation>Tampilkan peringatan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="936"/>
        <source>Validation finished.</source>
        <translation>Validasi selesai.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="783"/>
        <source>No job was started and no token was spent.</source>
        <translation>Tidak ada pekerjaan yang dimulai dan tidak ada token yang dipakai.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="135"/>
        <source>{what} is not available in this installation of Vantage for QGIS ({error}).</source>
        <translation>{what} tidak tersedia di instalasi Vantage untuk QGIS ini ({error}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/client.py" line="23"/>
        <source>No Vantage account is set up: log in from the Vantage panel or its settings first.</source>
        <translation>Belum ada akun Vantage: masuk dulu dari panel Vantage atau pengaturannya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="18"/>
        <source>blocked by validation</source>
        <translation>diblokir oleh validasi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="20"/>
        <source>still running at the Vantage API</source>
        <translation>masih berjalan di API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="22"/>
        <source>analysis failed</source>
        <translation>analisis gagal</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="31"/>
        <source>no loss-year data configured</source>
        <translation>data tahun kehilangan belum diatur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="34"/>
        <source>only partly covered by the data</source>
        <translation>hanya sebagian tercakup data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="33"/>
        <source>outside the data</source>
        <translation>di luar cakupan data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="26"/>
        <source>no data</source>
        <translation>tidak ada data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="167"/>
        <source>no risk level</source>
        <translation>tidak ada tingkat risiko</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="170"/>
        <source>Check finished: no plot was checked.</source>
        <translation>Pemeriksaan selesai: tidak ada petak yang diperiksa.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="176"/>
        <source>Check finished, but no plot could be assessed: {why}.</source>
        <translation>Pemeriksaan selesai, tetapi tidak ada petak yang dapat dinilai: {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="180"/>
        <source>{n} of {total} plots could not be assessed: {why}.</source>
        <translation>{n} dari {total} petak tidak dapat dinilai: {why}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="184"/>
        <source>{n} plots are only partly covered by the data (their level is a minimum).</source>
        <translation>{n} petak hanya sebagian tercakup data (tingkatnya adalah batas minimum).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="75"/>
        <source>The data the offline engine reads, set once: forest 2020, tree cover loss year, protected areas, indigenous lands and boundaries. Saved as a data catalog (JSON) that a team can share.</source>
        <translation>Data yang dibaca mesin luring, diatur sekali: hutan 2020, tahun kehilangan tutupan pohon, kawasan lindung, tanah adat, dan batas wilayah. Disimpan sebagai katalog data (JSON) yang dapat dipakai bersama oleh tim.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="113"/>
        <source>The data catalog was not saved to {path}: {error}</source>
        <translation>Katalog data tidak disimpan ke {path}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="435"/>
        <source>Forest 2020</source>
        <translation>Hutan 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="61"/>
        <source>Tree cover loss year</source>
        <translation>Tahun kehilangan tutupan pohon</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="439"/>
        <source>Protected areas</source>
        <translation>Kawasan lindung</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="441"/>
        <source>Indigenous lands</source>
        <translation>Tanah adat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="64"/>
        <source>Country / state boundaries</source>
        <translation>Batas negara / provinsi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="153"/>
        <source>The JSON file this catalog is saved to. Point several computers to one shared file to use the same data across a team.</source>
        <translation>Berkas JSON tempat katalog ini disimpan. Arahkan beberapa komputer ke satu berkas bersama agar seluruh tim memakai data yang sama.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="157"/>
        <source>Open catalog file…</source>
        <translation>Buka berkas katalog…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="159"/>
        <source>Use an existing catalog file (e.g. one shared by your team)</source>
        <translation>Gunakan berkas katalog yang sudah ada (misalnya yang dibagikan tim Anda)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="160"/>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="162"/>
        <source>Write this catalog to another file and use that file from now on</source>
        <translation>Tulis katalog ini ke berkas lain dan gunakan berkas itu mulai sekarang</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="171"/>
        <source>Catalog file</source>
        <translation>Berkas katalog</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="174"/>
        <source>Tree cover percent (Hansen treecover2000) or a 0/1 forest mask (JRC GFC2020): a file, a folder of tiles, a VRT or a URL (type it)</source>
        <translation>Persentase tutupan pohon (Hansen treecover2000) atau masker hutan 0/1 (JRC GFC2020): berkas, folder ubin, VRT, atau URL (ketikkan)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="185"/>
        <source>A pixel is forest when its value ≥ this</source>
        <translation>Piksel dianggap hutan bila nilainya ≥ ambang ini</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="189"/>
        <source>A pixel is forest when its value ≥ this: 1 for a JRC mask, 10–30 for Hansen tree cover.</source>
        <translation>Piksel dianggap hutan bila nilainya ≥ ambang ini: 1 untuk masker JRC, 10–30 untuk tutupan pohon Hansen.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="194"/>
        <source>Forest threshold</source>
        <translation>Ambang hutan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="195"/>
        <source>Forest source is the JRC GFC2020 mask</source>
        <translation>Sumber hutan adalah masker JRC GFC2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="198"/>
        <source>Also recognised by a file name containing GFC2020 or JRC; the threshold is then 1</source>
        <translation>Juga dikenali dari nama berkas yang memuat GFC2020 atau JRC; ambangnya lalu 1</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="203"/>
        <source>Hansen lossyear (0 = no loss, n = loss in 2000 + n): a file, a folder of tiles, a VRT or a URL</source>
        <translation>Hansen lossyear (0 = tidak ada kehilangan, n = kehilangan pada tahun 2000 + n): berkas, folder ubin, VRT, atau URL</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="224"/>
        <source>Check data</source>
        <translation>Periksa data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="226"/>
        <source>Open every file of the catalog and report what cannot be read</source>
        <translation>Buka setiap berkas katalog dan laporkan yang tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="250"/>
        <source>Rasters (*.tif *.tiff *.vrt *.img *.jp2);;All files (*)</source>
        <translation>Raster (*.tif *.tiff *.vrt *.img *.jp2);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="279"/>
        <source>not set</source>
        <translation>belum diatur</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="257"/>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="258"/>
        <source>Choose a folder of tiles</source>
        <translation>Pilih folder ubin</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="267"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;All files (*)</source>
        <translation>Data vektor (*.gpkg *.shp *.geojson *.json *.fgb *.gdb *.kml *.zip);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="270"/>
        <source>A vector file (any OGR format), a /vsizip/ path or a URL</source>
        <translation>Berkas vektor (format OGR apa pun), jalur /vsizip/, atau URL</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="273"/>
        <source>default: QGIS's world_map.gpkg</source>
        <translation>bawaan: world_map.gpkg milik QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="274"/>
        <source>Empty: {path} (Natural Earth countries and states)</source>
        <translation>Kosong: {path} (negara dan provinsi Natural Earth)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="277"/>
        <source>QGIS's world_map.gpkg was not found: choose a file</source>
        <translation>world_map.gpkg milik QGIS tidak ditemukan: pilih sebuah berkas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="288"/>
        <source>automatic</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="289"/>
        <source>The layer to read; empty: the world_map countries and states layers, else the first polygon layer</source>
        <translation>Lapisan yang dibaca; kosong: lapisan negara dan provinsi world_map, selain itu lapisan poligon pertama</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="289"/>
        <source>The layer to read; empty: the only layer, else the first polygon layer</source>
        <translation>Lapisan yang dibaca; kosong: satu-satunya lapisan, selain itu lapisan poligon pertama</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="299"/>
        <source>e.g. {example}</source>
        <translation>mis. {example}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="300"/>
        <source>Optional field mapping: role=field pairs, comma separated; empty: detected from the layer.</source>
        <translation>Pemetaan kolom opsional: pasangan role=field, dipisahkan koma; kosong: dideteksi dari lapisan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="302"/>
        <source>Roles: {roles}</source>
        <translation>Peran: {roles}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="396"/>
        <source>{role}: the field mapping '{text}' is not role=field pairs</source>
        <translation>{role}: pemetaan kolom '{text}' bukan pasangan role=field</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="419"/>
        <source>The data catalog could not be read: {error}</source>
        <translation>Katalog data tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="467"/>
        <source>Open a data catalog</source>
        <translation>Buka katalog data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="480"/>
        <source>Catalog read from {path}. Save the settings to use it.</source>
        <translation>Katalog dibaca dari {path}. Simpan pengaturan untuk memakainya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="485"/>
        <source>Save the data catalog as</source>
        <translation>Simpan katalog data sebagai</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="495"/>
        <source>The data catalog could not be saved: {error}</source>
        <translation>Katalog data tidak dapat disimpan: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="499"/>
        <source>Catalog saved to {path}. Save the settings to use it.</source>
        <translation>Katalog disimpan ke {path}. Simpan pengaturan untuk memakainya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="524"/>
        <source>{role}: '{key}' is not a field mapping role (roles: {roles})</source>
        <translation>{role}: '{key}' bukan peran pemetaan kolom (peran: {roles})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="530"/>
        <source>No tree cover loss year data: every plot will be Unknown.</source>
        <translation>Tidak ada data tahun kehilangan tutupan pohon: setiap petak akan Tidak diketahui.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="532"/>
        <source>No forest 2020 data: all loss after 2020 counts as deforestation (an upper bound).</source>
        <translation>Tidak ada data hutan 2020: semua kehilangan setelah 2020 dihitung sebagai deforestasi (batas atas).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="536"/>
        <source>No country / state boundaries: QGIS's world_map.gpkg was not found.</source>
        <translation>Tidak ada batas negara / provinsi: world_map.gpkg milik QGIS tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="543"/>
        <source>The data cannot be used as it is:</source>
        <translation>Data tidak dapat dipakai apa adanya:</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="550"/>
        <source>All data sources can be read.</source>
        <translation>Semua sumber data dapat dibaca.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="564"/>
        <source>{role}: a folder of tiles</source>
        <translation>{role}: folder ubin</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="261"/>
        <source>Vantage for QGIS cannot check plots yet</source>
        <translation>Vantage untuk QGIS belum dapat memeriksa petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="87"/>
        <source>Hectares</source>
        <translation>Hektare</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="103"/>
        <source>Run details</source>
        <translation>Rincian proses</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="150"/>
        <source>Plots that need a look</source>
        <translation>Petak yang perlu diperiksa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="154"/>
        <source>Open the Results tab to list them.</source>
        <translation>Buka tab Hasil untuk melihat daftarnya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="161"/>
        <source>{what}: {plots}</source>
        <translation>{what}: {plots}</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="161"/>
        <source>%n plot(s)</source>
        <translation>
            <numerusform>%n petak</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="169"/>
        <source>Select</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="170"/>
        <source>Select these plots in the result layer and zoom to them</source>
        <translation>Pilih petak-petak ini di lapisan hasil dan perbesar ke sana</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="184"/>
        <source>Nothing stands out: no High or Unknown plot, no overlap.</source>
        <translation>Tidak ada yang menonjol: tidak ada petak berisiko Tinggi atau Tidak diketahui, tidak ada tumpang tindih.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="91"/>
        <source>In a protected area</source>
        <translation>Di kawasan lindung</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="91"/>
        <source>On indigenous land</source>
        <translation>Di tanah adat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="92"/>
        <source>Failed or invalid</source>
        <translation>Gagal atau tidak valid</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="269"/>
        <source>Check plots to see the results here.</source>
        <translation>Periksa petak untuk melihat hasilnya di sini.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="230"/>
        <source>Show only these plots</source>
        <translation>Tampilkan hanya petak ini</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="232"/>
        <source>Filter the result layer to the chosen entry</source>
        <translation>Saring lapisan hasil menurut entri yang dipilih</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="234"/>
        <source>Label plots by id</source>
        <translation>Label petak dengan ID</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="239"/>
        <source>Attribute table</source>
        <translation>Tabel atribut</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="241"/>
        <source>Open the attribute table of the chosen plots</source>
        <translation>Buka tabel atribut petak yang dipilih</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="279"/>
        <source>Dry run: the values are simulated, not results. {layer}</source>
        <translation>Uji coba: nilai-nilainya simulasi, bukan hasil. {layer}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="281"/>
        <source>Counting the results of {layer}…</source>
        <translation>Menghitung hasil {layer}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="309"/>
        <source>{what}: {plots} ({ha} ha)</source>
        <translation>{what}: {plots} ({ha} ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="324"/>
        <source>Results</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="900"/>
        <source>Listing the problems…</source>
        <translation>Menyusun daftar masalah…</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n galat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>{ready} of {total} plots can be checked.</source>
        <translation>{ready} dari {total} petak dapat diperiksa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/gui/dock.py" line="925"/>
        <source>%n plot(s) blocked by errors.</source>
        <translation>
            <numerusform>%n petak diblokir oleh galat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="23"/>
        <source>bundled</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="29"/>
        <source>Vantage results</source>
        <translation>Hasil Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="47"/>
        <source>{layer} — risk, {engine} {time}</source>
        <translation>{layer} — risiko, {engine} {time}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/result_layers.py" line="50"/>
        <source>{layer} — DRY RUN (simulated), {time}</source>
        <translation>{layer} — UJI COBA (simulasi), {time}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="127"/>
        <source>Overlaps a protected area</source>
        <translation>Tumpang tindih dengan kawasan lindung</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="128"/>
        <source>Overlaps indigenous land</source>
        <translation>Tumpang tindih dengan tanah adat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="257"/>
        <source>Invalid (not checked)</source>
        <translation>Tidak valid (tidak diperiksa)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="234"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/styles.py" line="255"/>
        <source>Dry run: simulated, not a result</source>
        <translation>Uji coba: simulasi, bukan hasil</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo plots: polygons (made up)</source>
        <translation>Petak demo: poligon (rekaan)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo plots: points (made up)</source>
        <translation>Petak demo: titik (rekaan)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo protected areas (made up)</source>
        <translation>Kawasan lindung demo (rekaan)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="92"/>
        <source>Demo indigenous land (made up)</source>
        <translation>Tanah adat demo (rekaan)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/first_run.py" line="99"/>
        <source>Vantage demo</source>
        <translation>Demo Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="435"/>
        <source>Use the demo data</source>
        <translation>Pakai data demo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="437"/>
        <source>Check with the small demo data that ships with the plugin and open the demo plots</source>
        <translation>Periksa dengan data demo kecil yang disertakan dalam plugin dan buka petak demo</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="666"/>
        <source>Offline, but no forest or loss data is chosen yet: every plot would be Unknown. Choose your data in the Vantage settings, or try the plugin with the demo data.</source>
        <translation>Luring, tetapi belum ada data hutan atau kehilangan yang dipilih: setiap petak akan Tidak diketahui. Pilih data Anda di pengaturan Vantage, atau coba plugin dengan data demo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="191"/>
        <source>Offline; looking at the data catalog…</source>
        <translation>Luring; membaca katalog data…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="191"/>
        <source>Vantage data catalog</source>
        <translation>Katalog data Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="671"/>
        <source>Offline, with the demo data (a small area of the Dominican Republic).</source>
        <translation>Luring, dengan data demo (sebagian kecil wilayah Republik Dominika).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="219"/>
        <source>Data files chosen earlier were moved or deleted ({files}). Choose them again in the Vantage settings, or use the demo data.</source>
        <translation>File data yang dipilih sebelumnya telah dipindahkan atau dihapus ({files}). Pilih lagi di pengaturan Vantage, atau gunakan data demo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="511"/>
        <source>{role}: file not found: {path} (moved or deleted since it was chosen). Choose the file again, or clear the field.</source>
        <translation>{role}: file tidak ditemukan: {path} (dipindahkan atau dihapus sejak dipilih). Pilih file itu lagi, atau kosongkan isiannya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="720"/>
        <source>Demo data ready: press Check plots.</source>
        <translation>Data demo siap: tekan Periksa petak.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="310"/>
        <source>Preparing the demo data…</source>
        <translation>Menyiapkan data demo…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/check_tab.py" line="62"/>
        <source>Vantage demo data</source>
        <translation>Data demo Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/plugin.py" line="97"/>
        <source>Vantage for QGIS user guide</source>
        <translation>Panduan pengguna Vantage untuk QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="304"/>
        <source>Open the Vantage user guide</source>
        <translation>Buka panduan pengguna Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>success</source>
        <translation>berhasil</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="225"/>
        <source>partly done</source>
        <translation>sebagian selesai</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="226"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="227"/>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="227"/>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/results_view.py" line="296"/>
        <source>Click an entry to select its plots and zoom to them.</source>
        <translation>Klik sebuah entri untuk memilih petaknya dan memperbesar ke sana.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="177"/>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/summary_dialog.py" line="178"/>
        <source>Open the analysis images of these plots (at most {n})</source>
        <translation>Buka gambar analisis petak-petak ini (paling banyak {n})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/problems_view.py" line="220"/>
        <source>{rule} — {plots}</source>
        <translation>{rule} — {plots}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="211"/>
        <source>From the file name or the data</source>
        <translation>Dari nama berkas atau data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="213"/>
        <source>The last year the loss data cover (a Hansen file name such as GFC-2023-v1.11 says it: 2023). Plots harvested after it are never rated Low.</source>
        <translation>Tahun terakhir yang dicakup data kehilangan (nama berkas Hansen seperti GFC-2023-v1.11 menyebutkannya: 2023). Petak yang dipanen setelah tahun itu tidak pernah dinilai Rendah.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/catalog_widget.py" line="217"/>
        <source>Last year of the loss data</source>
        <translation>Tahun terakhir data kehilangan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="485"/>
        <source>the row could not be made</source>
        <translation>baris tidak dapat dibuat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="494"/>
        <source>the format refused the row</source>
        <translation>format menolak baris ini</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="439"/>
        <source>Writing {path}…</source>
        <translation>Menulis {path}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="214"/>
        <source>{layer} has no features: there is no plot to work on.</source>
        <translation>{layer} tidak memiliki fitur: tidak ada petak untuk diproses.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="214"/>
        <source>Looking for duplicate ids and overlaps across the whole layer…</source>
        <translation>Mencari ID ganda dan tumpang tindih di seluruh lapisan…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="235"/>
        <source>The output {path} is the file that holds the input plots: writing there could destroy them. Choose another file.</source>
        <translation>Keluaran {path} adalah berkas yang berisi petak masukan: menulis ke sana dapat merusaknya. Pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="253"/>
        <source>The data catalog {path} cannot be read: {error}. Fix it in the Vantage settings.</source>
        <translation>Katalog data {path} tidak dapat dibaca: {error}. Perbaiki di pengaturan Vantage.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="256"/>
        <source>Data files named in the Vantage data catalog were moved or deleted since they were chosen. Choose them again in the Vantage settings (or give them as this run's data), or use the demo data.</source>
        <translation>Berkas data yang disebut dalam katalog data Vantage telah dipindahkan atau dihapus sejak dipilih. Pilih lagi di pengaturan Vantage (atau berikan sebagai data untuk proses ini), atau gunakan data demo.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="465"/>
        <source>{n} plots could not be written to {path} ({plots}). The others were written: correct these plots' values in your layer, or write to a GeoPackage (.gpkg).</source>
        <translation>{n} petak tidak dapat ditulis ke {path} ({plots}). Petak lainnya sudah ditulis: perbaiki nilai petak-petak ini di lapisan Anda, atau tulis ke GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/operations.py" line="469"/>
        <source>And {n} more.</source>
        <translation>Dan {n} lainnya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="376"/>
        <source>{file} is a file, not a folder: choose another place for {path}.</source>
        <translation>{file} adalah berkas, bukan folder: pilih tempat lain untuk {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="378"/>
        <source>The folder {folder} cannot be written (permission denied): choose another place for {path}.</source>
        <translation>Folder {folder} tidak dapat ditulisi (izin ditolak): pilih tempat lain untuk {path}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="381"/>
        <source>{path} is a folder: give a file name ending in .gpkg.</source>
        <translation>{path} adalah folder: berikan nama berkas yang berakhiran .gpkg.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="384"/>
        <source>{path} is read-only: choose another file.</source>
        <translation>{path} hanya-baca: pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="389"/>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="391"/>
        <source>{path} exists and is not a GeoPackage: choose another file.</source>
        <translation>{path} sudah ada dan bukan GeoPackage: pilih berkas lain.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="480"/>
        <source>Cannot create the layer {layer}: {error}</source>
        <translation>Tidak dapat membuat lapisan {layer}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="506"/>
        <source>Cannot reopen {path}</source>
        <translation>Tidak dapat membuka kembali {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="571"/>
        <source>the written layer could not be read back</source>
        <translation>lapisan yang ditulis tidak dapat dibaca kembali</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="586"/>
        <source>{error}: another program (QGIS, a database browser…) has the file open</source>
        <translation>{error}: program lain (QGIS, peramban basis data…) sedang membuka berkas ini</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="605"/>
        <source>{found} of {expected} rows are in the file after writing</source>
        <translation>{found} dari {expected} baris ada di berkas setelah penulisan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="620"/>
        <source>{path} cannot be opened after writing</source>
        <translation>{path} tidak dapat dibuka setelah penulisan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="626"/>
        <source>the layer {layer} is missing after writing</source>
        <translation>lapisan {layer} tidak ada setelah penulisan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="690"/>
        <source>it is not a GeoPackage that can be written</source>
        <translation>berkas ini bukan GeoPackage yang dapat ditulisi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot copy the layer</source>
        <translation>tidak dapat menyalin lapisan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot add the column {name}</source>
        <translation>tidak dapat menambahkan kolom {name}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="694"/>
        <source>cannot put the columns in order</source>
        <translation>tidak dapat mengurutkan kolom</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="696"/>
        <source>cannot start a transaction</source>
        <translation>tidak dapat memulai transaksi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="701"/>
        <source>cannot replace the old layer</source>
        <translation>tidak dapat mengganti lapisan lama</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="708"/>
        <source>the file is locked by another program</source>
        <translation>berkas dikunci oleh program lain</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="777"/>
        <source>the rows written could not be read back</source>
        <translation>baris yang ditulis tidak dapat dibaca kembali</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="812"/>
        <source>Could not write {layer} to {path}: {reason}.</source>
        <translation>Tidak dapat menulis {layer} ke {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="815"/>
        <source>The finished results are kept in {recovery}: open it in QGIS, or close the program using {path} (or choose another file) and run again.</source>
        <translation>Hasil yang sudah selesai disimpan di {recovery}: buka di QGIS, atau tutup program yang memakai {path} (atau pilih berkas lain) lalu jalankan lagi.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/results.py" line="818"/>
        <source>Close the program using {path} or choose another file, then run again.</source>
        <translation>Tutup program yang memakai {path} atau pilih berkas lain, lalu jalankan lagi.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="456"/>
        <source>Check types of the job: eudr always runs; Vantage runs only eudr for now</source>
        <translation>Jenis pemeriksaan pekerjaan: eudr selalu dijalankan; untuk saat ini Vantage hanya menjalankan eudr</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="65"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="67"/>
        <source>After this, the check stops waiting; the job keeps running on Vantage and checking again into the same output picks up its results.</source>
        <translation>Setelah waktu ini, pemeriksaan berhenti menunggu; pekerjaan tetap berjalan di Vantage, dan memeriksa lagi ke keluaran yang sama akan mengambil hasilnya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/settings_page.py" line="69"/>
        <source>Wait for a job at most</source>
        <translation>Tunggu pekerjaan paling lama</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1213"/>
        <source>Render one evidence map (PNG) per plot beside the results</source>
        <translation>Buat satu peta bukti (PNG) per petak di samping hasil</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1215"/>
        <source>Report…</source>
        <translation>Laporan…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1217"/>
        <source>Write the run report (PDF)</source>
        <translation>Tulis laporan proses (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="38"/>
        <source>{count} evidence maps written to {folder}</source>
        <translation>{count} peta bukti ditulis ke {folder}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="35"/>
        <source>Rendering the evidence maps…</source>
        <translation>Membuat peta bukti…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1257"/>
        <source>Save the run report as</source>
        <translation>Simpan laporan proses sebagai</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1257"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1270"/>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} halaman, {flagged} petak yang perlu diperiksa: {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="23"/>
        <source>Evidence maps (one PNG per plot, beside the results)</source>
        <translation>Peta bukti (satu PNG per petak, di samping hasil)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="515"/>
        <source>EUDR evidence · Vantage for QGIS</source>
        <translation>Bukti EUDR · Vantage untuk QGIS</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="542"/>
        <source>Risk: {level}</source>
        <translation>Risiko: {level}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="434"/>
        <source>Area</source>
        <translation>Luas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="436"/>
        <source>Loss after 2020</source>
        <translation>Kehilangan setelah 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="437"/>
        <source>Loss by year (ha)</source>
        <translation>Kehilangan per tahun (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="443"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="445"/>
        <source>Analysis end</source>
        <translation>Akhir analisis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="587"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="592"/>
        <source>Not forest in 2020</source>
        <translation>Bukan hutan pada 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="593"/>
        <source>No data</source>
        <translation>Tidak ada data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="612"/>
        <source>Tree-cover loss by year</source>
        <translation>Kehilangan tutupan pohon per tahun</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="628"/>
        <source>Data sources:</source>
        <translation>Sumber data:</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="634"/>
        <source>Engine {engine} {version}, {date}</source>
        <translation>Mesin {engine} {version}, {date}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/evidence.py" line="726"/>
        <source>Open evidence map</source>
        <translation>Buka peta bukti</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Loss &gt; 2020</source>
        <translation>Kehilangan &gt; 2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Protected</source>
        <translation>Lindung</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Indigenous</source>
        <translation>Adat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="67"/>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="211"/>
        <source>Vantage run report</source>
        <translation>Laporan proses Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="238"/>
        <source>Vantage for QGIS · EUDR plot check report · page {page} of {pages}</source>
        <translation>Vantage untuk QGIS · Laporan pemeriksaan petak EUDR · halaman {page} dari {pages}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="294"/>
        <source>EUDR plot check report</source>
        <translation>Laporan pemeriksaan petak EUDR</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="296"/>
        <source>{input} · results {results} · report made {now}</source>
        <translation>{input} · hasil {results} · laporan dibuat {now}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="299"/>
        <source>Run</source>
        <translation>Proses</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="302"/>
        <source>Run date</source>
        <translation>Tanggal proses</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="303"/>
        <source>Run status</source>
        <translation>Status proses</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="304"/>
        <source>Input</source>
        <translation>Masukan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="305"/>
        <source>Plot id field</source>
        <translation>Kolom ID petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="448"/>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="448"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="313"/>
        <source>Data sources</source>
        <translation>Sumber data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="321"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Dataset</source>
        <translation>Set data</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="322"/>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="332"/>
        <source>no level</source>
        <translation>tanpa tingkat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="335"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Area (ha)</source>
        <translation>Luas (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="337"/>
        <source>Loss &gt; 2020 (ha)</source>
        <translation>Kehilangan &gt; 2020 (ha)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="349"/>
        <source>Forest in 2020: {forest} ha. Overlap with protected areas: {protected} ha; with indigenous lands: {indigenous} ha.
{flagged} plots need a look (High, Medium, Unknown, invalid or failed): each has a page after the table of all plots.</source>
        <translation>Hutan pada 2020: {forest} ha. Tumpang tindih dengan kawasan lindung: {protected} ha; dengan tanah adat: {indigenous} ha.
{flagged} petak perlu diperiksa (Tinggi, Sedang, Tidak diketahui, tidak valid, atau gagal): masing-masing memiliki halaman sendiri setelah tabel semua petak.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="364"/>
        <source>All plots ({count})</source>
        <translation>Semua petak ({count})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="368"/>
        <source>Areas in hectares; loss: tree-cover loss after 31 December 2020.</source>
        <translation>Luas dalam hektare; kehilangan: kehilangan tutupan pohon setelah 31 Desember 2020.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="402"/>
        <source>Plot {label}</source>
        <translation>Petak {label}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="426"/>
        <source>Evidence image: {url}</source>
        <translation>Gambar bukti: {url}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="428"/>
        <source>Why this plot needs a look</source>
        <translation>Mengapa petak ini perlu diperiksa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="432"/>
        <source>Facts</source>
        <translation>Fakta</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="446"/>
        <source>Analysis version</source>
        <translation>Versi analisis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1219"/>
        <source>EU file…</source>
        <translation>Berkas UE…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="1221"/>
        <source>Export the plots as the geolocation file the EU Information System accepts</source>
        <translation>Ekspor petak sebagai berkas geolokasi yang diterima Sistem Informasi UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="461"/>
        <source>Run again (a new paid job)</source>
        <translation>Jalankan lagi (pekerjaan berbayar baru)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="463"/>
        <source>Unticked, checking again into the same output resumes its job and never pays twice. Ticked, a new job with the same settings is started, after you confirm its cost.</source>
        <translation>Jika tidak dicentang, memeriksa lagi ke keluaran yang sama melanjutkan pekerjaannya dan tidak pernah membayar dua kali. Jika dicentang, pekerjaan baru dengan pengaturan yang sama dimulai setelah Anda mengonfirmasi biayanya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="607"/>
        <source>Guessed from their names: {fields}. Check them before you run.</source>
        <translation>Ditebak dari namanya: {fields}. Periksa sebelum menjalankan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/dock.py" line="797"/>
        <source>A job Vantage had already accepted keeps its reserved tokens and goes on: check again into the same output to pick up its results without paying again.</source>
        <translation>Pekerjaan yang sudah diterima Vantage tetap memegang token yang dicadangkan dan terus berjalan: periksa lagi ke keluaran yang sama untuk mengambil hasilnya tanpa membayar lagi.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="32"/>
        <source>data unreadable</source>
        <translation>data tidak terbaca</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="35"/>
        <source>the loss data end before the harvest date</source>
        <translation>data kehilangan berakhir sebelum tanggal panen</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/gui/reasons.py" line="36"/>
        <source>harvested before 2021</source>
        <translation>dipanen sebelum 2021</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="120"/>
        <source>Write the results to a GeoPackage file (.gpkg).</source>
        <translation>Tulis hasilnya ke berkas GeoPackage (.gpkg).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/qgis_bridge/report.py" line="308"/>
        <source>Fields guessed from their names</source>
        <translation>Kolom yang ditebak dari namanya</translation>
    </message>
    <message>
        <source>Dry run (Vantage API)</source>
        <translation>Uji coba (API Vantage)</translation>
    </message>
    <message>
        <source>Forest threshold asked</source>
        <translation>Ambang hutan yang diminta</translation>
    </message>
    <message>
        <source>Forest threshold used</source>
        <translation>Ambang hutan yang dipakai</translation>
    </message>
    <message>
        <source>Forest map is a forest/non-forest mask</source>
        <translation>Peta hutan adalah masker hutan/bukan hutan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>CheckPlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="79"/>
        <source>Check plots (EUDR)</source>
        <translation>Periksa petak (EUDR)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="82"/>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="88"/>
        <source>Validates the plots, then assesses each valid plot for the EUDR: forest cover in 2020, tree-cover loss after 31 December 2020 (total and per year), overlaps with protected areas and indigenous lands, country, geodesic area and the Vantage risk level (High when deforestation &gt; 15 % of the plot or &gt; 1 ha; Medium &gt; 10 % or &gt; 0.5 ha; otherwise Low; Unknown without loss data).

ENGINE bundled runs offline on the data given here; data left empty comes from the data catalog configured in the plugin settings. ENGINE api sends the plots to the Vantage API of Open Atlas with the account set in the plugin settings: DRY_RUN (the default) spends no token and returns simulated values; a real run spends tokens only when CONFIRM_SPEND is set (qgis_process cannot ask).

DEFAULT_COMMODITY and DEFAULT_HARVEST_DATE (yyyy-MM-dd) apply to plots whose own fields are empty.

The output is a GeoPackage layer with every source attribute, the flat results (risk_level, area_ha, deforestation_ha, per-year loss, overlaps, status, error, analysis_json…) and the plot geometry in WGS84, styled by risk level. Plots blocked by validation are kept with status 'invalid' and the reason in 'error'.</source>
        <translation>Memvalidasi petak, lalu menilai setiap petak yang valid untuk EUDR: tutupan hutan pada 2020, kehilangan tutupan pohon setelah 31 Desember 2020 (total dan per tahun), tumpang tindih dengan kawasan lindung dan tanah adat, negara, luas geodesik, dan tingkat risiko Vantage (Tinggi bila deforestasi &gt; 15 % dari petak atau &gt; 1 ha; Sedang &gt; 10 % atau &gt; 0,5 ha; selain itu Rendah; Tidak diketahui tanpa data kehilangan).

ENGINE bundled berjalan luring dengan data yang diberikan di sini; data yang dibiarkan kosong diambil dari katalog data di pengaturan plugin. ENGINE api mengirim petak ke API Vantage milik Open Atlas dengan akun di pengaturan plugin: DRY_RUN (bawaan) tidak memakai token dan menghasilkan nilai simulasi; proses sungguhan memakai token hanya bila CONFIRM_SPEND diatur (qgis_process tidak dapat bertanya).

DEFAULT_COMMODITY dan DEFAULT_HARVEST_DATE (yyyy-MM-dd) berlaku untuk petak yang kolomnya sendiri kosong.

Keluarannya adalah lapisan GeoPackage berisi semua atribut sumber, hasil datar (risk_level, area_ha, deforestation_ha, kehilangan per tahun, tumpang tindih, status, error, analysis_json…) dan geometri petak dalam WGS84, bergaya menurut tingkat risiko. Petak yang diblokir validasi tetap disimpan dengan status 'invalid' dan alasannya di 'error'.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="109"/>
        <source>Engine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="112"/>
        <source>Commodity (for plots without one)</source>
        <translation>Komoditas (untuk petak yang tidak memilikinya)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="120"/>
        <source>Harvest date, yyyy-MM-dd (for plots without one)</source>
        <translation>Tanggal panen, yyyy-MM-dd (untuk petak yang tidak memilikinya)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="126"/>
        <source>Empty: the data catalog of the plugin settings.</source>
        <translation>Kosong: katalog data dari pengaturan plugin.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="127"/>
        <source>Forest cover 2020 raster (default: data catalog)</source>
        <translation>Raster tutupan hutan 2020 (bawaan: katalog data)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="127"/>
        <source>Tree cover in 2020 (percent, e.g. Hansen treecover2000) or a forest mask (JRC GFC2020) for the bundled engine.</source>
        <translation>Tutupan pohon tahun 2020 (persen, mis. Hansen treecover2000) atau masker hutan (JRC GFC2020) untuk mesin bawaan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="134"/>
        <source>Forest when the forest raster value is at least (default: by the raster's kind)</source>
        <translation>Hutan bila nilai raster hutan sedikitnya (bawaan: menurut jenis raster)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="134"/>
        <source>The smallest forest raster value counted as forest. Empty: the default for the raster's kind (tree cover in percent, a mask or a fraction).</source>
        <translation>Nilai raster hutan terkecil yang dihitung sebagai hutan. Kosong: nilai bawaan untuk jenis raster (tutupan pohon dalam persen, masker, atau fraksi).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="145"/>
        <source>The forest raster is the JRC GFC2020 mask</source>
        <translation>Raster hutan adalah masker JRC GFC2020</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="145"/>
        <source>Read the forest raster as the JRC GFC2020 forest mask (1 = forest) rather than tree cover.</source>
        <translation>Baca raster hutan sebagai masker hutan JRC GFC2020 (1 = hutan), bukan tutupan pohon.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="151"/>
        <source>Tree cover loss year raster (Hansen lossyear)</source>
        <translation>Raster tahun kehilangan tutupan pohon (Hansen lossyear)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="151"/>
        <source>The year of tree-cover loss per pixel (Hansen lossyear: 21 = 2021).</source>
        <translation>Tahun hilangnya tutupan pohon per piksel (Hansen lossyear: 21 = 2021).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="157"/>
        <source>Protected areas</source>
        <translation>Kawasan lindung</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="157"/>
        <source>Polygons of protected areas (e.g. WDPA) the plots are overlaid with.</source>
        <translation>Poligon kawasan lindung (mis. WDPA) yang ditumpangkan dengan petak.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="166"/>
        <source>Indigenous lands</source>
        <translation>Tanah adat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="166"/>
        <source>Polygons of indigenous lands the plots are overlaid with.</source>
        <translation>Poligon tanah adat yang ditumpangkan dengan petak.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="175"/>
        <source>API: dry run (no token spent)</source>
        <translation>API: uji coba (tidak ada token yang dipakai)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="178"/>
        <source>API: I agree to spend tokens (needed for a real run)</source>
        <translation>API: saya setuju memakai token (perlu untuk proses sungguhan)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="185"/>
        <source>API: check types (eudr always runs; Vantage runs only eudr for now)</source>
        <translation>API: jenis pemeriksaan (eudr selalu dijalankan; untuk saat ini Vantage hanya menjalankan eudr)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="192"/>
        <source>API: run again (a new job, paid again) instead of reusing finished results in this output</source>
        <translation>API: jalankan lagi (pekerjaan baru, dibayar lagi) alih-alih memakai ulang hasil yang sudah selesai di keluaran ini</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="198"/>
        <source>API: wait for the job at most (minutes; default: the plugin setting)</source>
        <translation>API: tunggu pekerjaan paling lama (menit; bawaan: pengaturan plugin)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="204"/>
        <source>Results (GeoPackage)</source>
        <translation>Hasil (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="214"/>
        <source>Plots</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="215"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="227"/>
        <source>DEFAULT_HARVEST_DATE must be a date written yyyy-MM-dd, not {value}.</source>
        <translation>DEFAULT_HARVEST_DATE harus tanggal yang ditulis yyyy-MM-dd, bukan {value}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="236"/>
        <source>Data catalog: {path}{missing}</source>
        <translation>Katalog data: {path}{missing}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="236"/>
        <source> (not found: only the data given here)</source>
        <translation> (tidak ditemukan: hanya data yang diberikan di sini)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="262"/>
        <source>The Vantage API engine</source>
        <translation>Mesin API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="268"/>
        <source>API state (registered plots, job ids): {path}</source>
        <translation>Status API (petak terdaftar, ID pekerjaan): {path}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="284"/>
        <source>Spending {cost} tokens for {count} plots ({free} available).</source>
        <translation>Memakai {cost} token untuk {count} petak ({free} tersedia).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="289"/>
        <source>This check would spend {cost} tokens for {count} plots and the account has {free} free tokens. Nothing was spent: set CONFIRM_SPEND to agree, or run with DRY_RUN.</source>
        <translation>Pemeriksaan ini akan memakai {cost} token untuk {count} petak dan akun memiliki {free} token gratis. Tidak ada yang dipakai: atur CONFIRM_SPEND untuk menyetujui, atau jalankan dengan DRY_RUN.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="296"/>
        <source>Dry run: no token is spent, the results are simulated.</source>
        <translation>Uji coba: tidak ada token yang dipakai, hasilnya simulasi.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="322"/>
        <source>Checking {count} plots with the {engine} engine…</source>
        <translation>Memeriksa {count} petak dengan mesin {engine}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="329"/>
        <source>The {engine} engine</source>
        <translation>Mesin {engine}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="339"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Dibatalkan: tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="341"/>
        <source>Writing {path}…</source>
        <translation>Menulis {path}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="349"/>
        <source>The run record could not be stored: {error}</source>
        <translation>Catatan proses tidak dapat disimpan: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="387"/>
        <source>{plots} plots checked with the {engine} engine (run {status}).</source>
        <translation>{plots} petak diperiksa dengan mesin {engine} (proses {status}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="390"/>
        <source>Risk: High {HIGH}, Medium {MEDIUM}, Low {LOW}, Unknown {UNKNOWN}; invalid {INVALID}, failed {FAILED}.</source>
        <translation>Risiko: Tinggi {HIGH}, Sedang {MEDIUM}, Rendah {LOW}, Tidak diketahui {UNKNOWN}; tidak valid {INVALID}, gagal {FAILED}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="392"/>
        <source>Area {area} ha, deforestation after 2020 {loss} ha.</source>
        <translation>Luas {area} ha, deforestasi setelah 2020 {loss} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="398"/>
        <source>{count} results are simulated (dry run): not real results.</source>
        <translation>{count} hasil adalah simulasi (uji coba): bukan hasil sebenarnya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="404"/>
        <source>Output: {uri}</source>
        <translation>Keluaran: {uri}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>Validation: {errors}, {warnings}.</source>
        <translation>Validasi: {errors}, {warnings}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n galat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/check_plots.py" line="401"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportEudrAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="91"/>
        <source>Export for the EU Information System</source>
        <translation>Ekspor untuk Sistem Informasi UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="94"/>
        <source>Plots</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="100"/>
        <source>Writes the geolocation GeoJSON of a due diligence statement for the EU Information System (EUDR / TRACES), from any plot or result layer.

Each feature has exactly the properties ProducerName, ProducerCountry (ISO 3166-1 alpha-2; from the country field, or looked up at the plot), ProductionPlace and, for points, Area in hectares (0.0001 to 4 ha; cattle may exceed 4 ha). Coordinates are truncated to 6 decimals as the Information System does, and validity is checked on what is written: a polygon that becomes invalid is snapped to the grid (a recorded change) or left out. A polygon with holes is written as hole-free polygons covering the same area. Plots with validation errors are left out.

When one file would exceed 25 MB or 1,000 producers, several files are written, one per statement, named _statement-1-of-N, _statement-2-of-N… The optional PRODUCERS file holds the same data as the DDS producers list (country, name and base64 GeoJSON per producer). The TABLE output lists every plot: written, changed or left out, and why.</source>
        <translation>Menulis GeoJSON geolokasi untuk pernyataan uji tuntas (due diligence statement) ke Sistem Informasi UE (EUDR / TRACES), dari lapisan petak atau lapisan hasil apa pun.

Setiap fitur memiliki tepat properti ProducerName, ProducerCountry (ISO 3166-1 alpha-2; dari kolom negara, atau dicari berdasarkan lokasi petak), ProductionPlace dan, untuk titik, Area dalam hektare (0,0001 hingga 4 ha; sapi boleh melebihi 4 ha). Koordinat dipotong menjadi 6 desimal seperti yang dilakukan Sistem Informasi, dan validitas diperiksa pada apa yang ditulis: poligon yang menjadi tidak valid dipaskan ke grid (perubahan yang dicatat) atau tidak disertakan. Poligon berlubang ditulis sebagai poligon tanpa lubang yang mencakup luas yang sama. Petak dengan galat validasi tidak disertakan.

Bila satu berkas akan melebihi 25 MB atau 1.000 produsen, beberapa berkas ditulis, satu per pernyataan, dengan nama _statement-1-of-N, _statement-2-of-N… Berkas PRODUCERS opsional berisi data yang sama dengan daftar produsen DDS (negara, nama, dan GeoJSON base64 per produsen). Keluaran TABLE mencantumkan setiap petak: ditulis, diubah, atau tidak disertakan, beserta alasannya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="119"/>
        <source>Plots or results (points or polygons, any CRS)</source>
        <translation>Petak atau hasil (titik atau poligon, CRS apa pun)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Plot id field</source>
        <translation>Kolom ID petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Producer name field</source>
        <translation>Kolom nama produsen</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Production place field</source>
        <translation>Kolom tempat produksi</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Producer country field (ISO code or name; empty: looked up at the plot)</source>
        <translation>Kolom negara produsen (kode ISO atau nama; kosong: dicari berdasarkan lokasi petak)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="125"/>
        <source>Point area field (hectares, for point plots)</source>
        <translation>Kolom luas titik (hektare, untuk petak berupa titik)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="138"/>
        <source>Commodity</source>
        <translation>Komoditas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="141"/>
        <source>EU Information System GeoJSON</source>
        <translation>GeoJSON Sistem Informasi UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="141"/>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="145"/>
        <source>DDS producers (JSON)</source>
        <translation>Produsen DDS (JSON)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="145"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="150"/>
        <source>Export table</source>
        <translation>Tabel ekspor</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="154"/>
        <source>Files written</source>
        <translation>Berkas yang ditulis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="155"/>
        <source>Plots written unchanged</source>
        <translation>Petak yang ditulis tanpa perubahan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="156"/>
        <source>Plots written with changes</source>
        <translation>Petak yang ditulis dengan perubahan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="157"/>
        <source>Plots left out</source>
        <translation>Petak yang tidak disertakan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="175"/>
        <source>The EU export</source>
        <translation>Ekspor UE</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="186"/>
        <source>Field {field} is not in the input layer.</source>
        <translation>Kolom {field} tidak ada di lapisan masukan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="192"/>
        <source>Producer country from the field {field}.</source>
        <translation>Negara produsen dari kolom {field}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="193"/>
        <source>Validating {count} plots…</source>
        <translation>Memvalidasi {count} petak…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="201"/>
        <source>Writing the EU Information System file…</source>
        <translation>Menulis berkas Sistem Informasi UE…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="220"/>
        <source>Could not write {path}: {error}</source>
        <translation>Tidak dapat menulis {path}: {error}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="235"/>
        <source>{written} plots written, {changed} written with changes, {left} left out; {files} file(s): {paths}</source>
        <translation>{written} petak ditulis, {changed} ditulis dengan perubahan, {left} tidak disertakan; {files} berkas: {paths}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/export_eudr.py" line="248"/>
        <source>No country lookup ({error}): only ISO codes given in a field are used.</source>
        <translation>Pencarian negara tidak tersedia ({error}): hanya kode ISO yang diberikan di kolom yang dipakai.</translation>
    </message>
</context>
<context>
    <name>FixPlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="40"/>
        <source>Fix plots (safe fixes)</source>
        <translation>Perbaiki petak (perbaikan aman)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="43"/>
        <source>Plots</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="50"/>
        <source>Writes a fixed copy of the plots (WGS84) with every source attribute kept and a 'vantage_fixes' field saying what was changed. Only safe fixes are applied, and only the ones chosen:
{fixes}

The optional CHANGES table lists each change (and each fix that could not be applied safely). Run 'Validate plots' on the result to see what is left.</source>
        <translation>Menulis salinan petak yang diperbaiki (WGS84) dengan semua atribut sumber dan kolom 'vantage_fixes' yang menyebutkan apa yang diubah. Hanya perbaikan aman yang diterapkan, dan hanya yang dipilih:
{fixes}

Tabel CHANGES opsional mencantumkan setiap perubahan (dan setiap perbaikan yang tidak dapat diterapkan dengan aman). Jalankan 'Validasi petak' pada hasilnya untuk melihat apa yang tersisa.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="60"/>
        <source>Fixes to apply</source>
        <translation>Perbaikan yang diterapkan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="70"/>
        <source>Fixed plots</source>
        <translation>Petak yang diperbaiki</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="77"/>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="82"/>
        <source>Changes made</source>
        <translation>Perubahan yang dibuat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="83"/>
        <source>Plots changed</source>
        <translation>Petak yang diubah</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="84"/>
        <source>Fixes not applied (unsafe)</source>
        <translation>Perbaikan yang tidak diterapkan (tidak aman)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="96"/>
        <source>Applying {fixes}…</source>
        <translation>Menerapkan {fixes}…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="96"/>
        <source>no fix</source>
        <translation>tidak ada perbaikan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/fix_plots.py" line="127"/>
        <source>{changes} changes to {plots} plots; {skipped} fixes not applied.</source>
        <translation>{changes} perubahan pada {plots} petak; {skipped} perbaikan tidak diterapkan.</translation>
    </message>
</context>
<context>
    <name>ImportJobAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="66"/>
        <source>Import a Vantage job</source>
        <translation>Impor pekerjaan Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="69"/>
        <source>Vantage API</source>
        <translation>API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="75"/>
        <source>Fetches the results of an existing job of your Vantage account (see 'List Vantage jobs') and writes them with the plots' geometries to a GeoPackage styled by risk level. Nothing is spent. Uses the account set in the plugin settings.</source>
        <translation>Mengambil hasil pekerjaan yang sudah ada di akun Vantage Anda (lihat 'Daftar pekerjaan Vantage') dan menuliskannya bersama geometri petak ke GeoPackage yang bergaya menurut tingkat risiko. Tidak ada yang dipakai. Menggunakan akun di pengaturan plugin.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="82"/>
        <source>Job id</source>
        <translation>ID pekerjaan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="83"/>
        <source>The job was a dry run (simulated results)</source>
        <translation>Pekerjaan ini adalah uji coba (hasil simulasi)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="88"/>
        <source>Job results (GeoPackage)</source>
        <translation>Hasil pekerjaan (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="93"/>
        <source>Plots</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="94"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="108"/>
        <source>Give the id of the job to import.</source>
        <translation>Berikan ID pekerjaan yang akan diimpor.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="123"/>
        <source>The job cost no token: its results are marked simulated (dry run).</source>
        <translation>Pekerjaan ini tidak memakai token: hasilnya ditandai simulasi (uji coba).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/import_job.py" line="143"/>
        <source>Job {job}: {plots} plots; risk {risk}; status {status}. Output: {uri}</source>
        <translation>Pekerjaan {job}: {plots} petak; risiko {risk}; status {status}. Keluaran: {uri}</translation>
    </message>
</context>
<context>
    <name>ListJobsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="45"/>
        <source>List Vantage jobs</source>
        <translation>Daftar pekerjaan Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="48"/>
        <source>Vantage API</source>
        <translation>API Vantage</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="54"/>
        <source>Lists the jobs of your Vantage account, newest first (id, name, status, dates, token cost, number of plots), as a table. Import one with 'Import a Vantage job'.</source>
        <translation>Menampilkan pekerjaan di akun Vantage Anda, yang terbaru di atas (ID, nama, status, tanggal, biaya token, jumlah petak), sebagai tabel. Impor salah satunya dengan 'Impor pekerjaan Vantage'.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="60"/>
        <source>At most this many jobs</source>
        <translation>Paling banyak sejumlah pekerjaan ini</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="66"/>
        <source>Created from (yyyy-MM-dd)</source>
        <translation>Dibuat sejak (yyyy-MM-dd)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="70"/>
        <source>Jobs</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/list_jobs.py" line="105"/>
        <source>{count} jobs.</source>
        <translation>{count} pekerjaan.</translation>
    </message>
</context>
<context>
    <name>ReportAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="55"/>
        <source>Run report (PDF)</source>
        <translation>Laporan proses (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="58"/>
        <source>Checks</source>
        <translation>Pemeriksaan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="68"/>
        <source>Writes the PDF report of a result layer made by 'Check plots (EUDR)': the run (input, engine, date, data sources with their versions and years, parameters), the counts by risk level and status with their hectares, a table of every plot (on as many pages as needed), then one page per plot that needs a look (High, Medium, Unknown, invalid or failed) with its evidence map and reasons.

Evidence maps missing for those plots are rendered first (into &lt;results&gt;_evidence beside the GeoPackage, their paths stored in analysis_image) unless RENDER_MISSING is off.</source>
        <translation>Menulis laporan PDF dari lapisan hasil yang dibuat oleh 'Periksa petak (EUDR)': proses (masukan, mesin, tanggal, sumber data beserta versi dan tahunnya, parameter), jumlah menurut tingkat risiko dan status beserta luasnya dalam hektare, tabel setiap petak (di halaman sebanyak yang diperlukan), lalu satu halaman per petak yang perlu diperiksa (Tinggi, Sedang, Tidak diketahui, tidak valid, atau gagal) dengan peta bukti dan alasannya.

Peta bukti yang belum ada untuk petak-petak tersebut dibuat terlebih dahulu (ke &lt;results&gt;_evidence di samping GeoPackage, jalurnya disimpan di analysis_image) kecuali RENDER_MISSING dimatikan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="79"/>
        <source>Result layer (GeoPackage written by Check plots)</source>
        <translation>Lapisan hasil (GeoPackage yang ditulis oleh Periksa petak)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="82"/>
        <source>Render missing evidence maps</source>
        <translation>Buat peta bukti yang belum ada</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="84"/>
        <source>Report (PDF)</source>
        <translation>Laporan (PDF)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="86"/>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="87"/>
        <source>Plots that need a look</source>
        <translation>Petak yang perlu diperiksa</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="97"/>
        <source>The report is made from a result GeoPackage written by Check plots.</source>
        <translation>Laporan dibuat dari GeoPackage hasil yang ditulis oleh Periksa petak.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/report.py" line="109"/>
        <source>{pages} pages, {flagged} plots that need a look: {path}</source>
        <translation>{pages} halaman, {flagged} petak yang perlu diperiksa: {path}</translation>
    </message>
</context>
<context>
    <name>ValidatePlotsAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="27"/>
        <source>Validate plots</source>
        <translation>Validasi petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="61"/>
        <source>Plots</source>
        <translation>Petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="36"/>
        <source>Checks every plot against the EUDR and Vantage geometry rules before anything is analysed or sent: missing or unreadable geometries, open or mis-nested rings, self-intersections, spikes, too few decimals, duplicates and overlaps, points above 4 ha, commodity and harvest date values.

The output has one row per problem, with the plot's id, the rule code, its severity (an error blocks the plot, a warning does not), a message, the safe fix that removes it (see 'Fix plots') and the plot's geometry in WGS84.

Outputs ERRORS, WARNINGS and VALID_PLOTS (plots without any error) are numbers usable in models.</source>
        <translation>Memeriksa setiap petak terhadap aturan geometri EUDR dan Vantage sebelum apa pun dianalisis atau dikirim: geometri yang hilang atau tidak terbaca, cincin terbuka atau bersarang salah, perpotongan diri, paku, desimal terlalu sedikit, duplikat dan tumpang tindih, titik di atas 4 ha, serta nilai komoditas dan tanggal panen.

Keluarannya berisi satu baris per masalah, dengan ID petak, kode aturan, tingkatnya (galat memblokir petak, peringatan tidak), pesan, perbaikan aman yang menghilangkannya (lihat 'Perbaiki petak') dan geometri petak dalam WGS84.

Keluaran ERRORS, WARNINGS dan VALID_PLOTS (petak tanpa galat) adalah angka yang dapat dipakai dalam model.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="48"/>
        <source>Check overlaps between plots</source>
        <translation>Periksa tumpang tindih antarpetak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="53"/>
        <source>Plot issues</source>
        <translation>Masalah petak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="58"/>
        <source>Errors</source>
        <translation>Galat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="59"/>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="60"/>
        <source>Plots without error</source>
        <translation>Petak tanpa galat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="69"/>
        <source>Validating {count} plots…</source>
        <translation>Memvalidasi {count} petak…</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>{plots}: {errors}, {warnings}; {valid} without error.</source>
        <translation>{plots}: {errors}, {warnings}; {valid} tanpa kesalahan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>%n plot(s)</source>
        <translation>
            <numerusform>%n petak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n galat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../vantage_plugin/processing/validate_plots.py" line="84"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VantageAlgorithm</name>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="214"/>
        <source>{parameter} must be one of {names} (or its number).</source>
        <translation>{parameter} harus salah satu dari {names} (atau nomornya).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="244"/>
        <source>Plots (any vector layer: points or polygons, any CRS)</source>
        <translation>Petak (lapisan vektor apa pun: titik atau poligon, CRS apa pun)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="261"/>
        <source>Guess unset fields from common names (id, plot_id, commodity, harvest_date…)</source>
        <translation>Tebak kolom yang belum diatur dari nama umum (id, plot_id, commodity, harvest_date…)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="278"/>
        <source>Field {field} is not in the input layer.</source>
        <translation>Kolom {field} tidak ada di lapisan masukan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="326"/>
        <source>Fields: id={plot_id}, name={plot_name}, commodity={commodity}, harvest date={harvest_date}, point area={point_ha}</source>
        <translation>Kolom: id={plot_id}, nama={plot_name}, komoditas={commodity}, tanggal panen={harvest_date}, luas titik={point_ha}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="331"/>
        <source>Guessed from its name: {entry} = {field} (set the field parameter to choose another, or turn guessing off)</source>
        <translation>Ditebak dari namanya: {entry} = {field} (atur parameter kolom untuk memilih yang lain, atau matikan penebakan)</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="338"/>
        <source>{count} plots read.</source>
        <translation>{count} petak dibaca.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/processing/base.py" line="340"/>
        <source>{count} plots have a geometry QGIS could not read (reported as errors).</source>
        <translation>{count} petak memiliki geometri yang tidak dapat dibaca QGIS (dilaporkan sebagai galat).</translation>
    </message>
</context>
<context>
    <name>VantageProcessing</name>
    <message>
        <location filename="../vantage_plugin/processing/provider.py" line="66"/>
        <source>Vantage (EUDR)</source>
        <translation>Vantage (EUDR)</translation>
    </message>
</context>
<context>
    <name>VantageRules</name>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="90"/>
        <source>it is not a JSON object</source>
        <translation>bukan objek JSON</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="95"/>
        <source>unknown geometry type {kind!r}</source>
        <translation>jenis geometri tidak dikenal {kind!r}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="98"/>
        <source>{kind} has no coordinates array</source>
        <translation>{kind} tidak memiliki larik koordinat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="104"/>
        <source>{kind} coordinates are not arrays of numbers</source>
        <translation>koordinat {kind} bukan larik angka</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="109"/>
        <source>{kind} coordinates must nest {expected} deep, found {depth}</source>
        <translation>koordinat {kind} harus bersarang sedalam {expected}, ditemukan {depth}</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/geojson_raw.py" line="128"/>
        <source> (it has {count})</source>
        <translation> (ada {count})</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No geometry</source>
        <translation>Tanpa geometri</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no geometry{detail}.</source>
        <translation>Petak tidak memiliki geometri{detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Empty geometry</source>
        <translation>Geometri kosong</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot's geometry is empty: draw the plot.</source>
        <translation>Geometri petak kosong: gambarlah petaknya.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Line geometry</source>
        <translation>Geometri garis</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot is a line ({geometry_type}); a plot must be a point or a polygon.</source>
        <translation>Petak berupa garis ({geometry_type}); petak harus berupa titik atau poligon.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Unsupported geometry type</source>
        <translation>Jenis geometri tidak didukung</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot's geometry type {geometry_type} is not supported; use a point or a polygon.</source>
        <translation>Jenis geometri petak {geometry_type} tidak didukung; gunakan titik atau poligon.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Several parts</source>
        <translation>Beberapa bagian</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has {parts} parts; the Vantage API takes only single points and polygons, so they will be sent as {parts} features of the same plot.</source>
        <translation>Petak memiliki {parts} bagian; API Vantage hanya menerima titik dan poligon tunggal, jadi bagian-bagian itu akan dikirim sebagai {parts} fitur dari petak yang sama.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Malformed GeoJSON geometry</source>
        <translation>Geometri GeoJSON rusak</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The geometry as written is malformed: {detail}.</source>
        <translation>Geometri sebagaimana ditulis rusak: {detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Polygon nested like a MultiPolygon</source>
        <translation>Poligon bersarang seperti MultiPolygon</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The geometry says "Polygon" but its coordinates are nested one level deeper, like a MultiPolygon ({parts} polygon(s)); it can be read as a MultiPolygon.</source>
        <translation>Geometri menyebut "Polygon" tetapi koordinatnya bersarang satu tingkat lebih dalam, seperti MultiPolygon ({parts} poligon); geometri ini dapat dibaca sebagai MultiPolygon.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Ring not closed</source>
        <translation>Cincin tidak tertutup</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} ring(s) do not end where they start (first and last positions differ).</source>
        <translation>{count} cincin tidak berakhir di titik awalnya (posisi pertama dan terakhir berbeda).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Ring with too few positions</source>
        <translation>Cincin dengan posisi terlalu sedikit</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A ring has fewer than 4 positions (at least 3 distinct corners, then the first again){detail}.</source>
        <translation>Sebuah cincin memiliki kurang dari 4 posisi (sedikitnya 3 sudut berbeda, lalu yang pertama lagi){detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Self-intersection</source>
        <translation>Perpotongan diri</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The outline crosses or touches itself (for example a bow-tie) at {lon:.6f}, {lat:.6f}.</source>
        <translation>Garis batas memotong atau menyentuh dirinya sendiri (misalnya bentuk dasi kupu-kupu) di {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Spike</source>
        <translation>Paku</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} spike(s): the outline goes out and comes back along the same line, first at {lon:.6f}, {lat:.6f}.</source>
        <translation>{count} paku: garis batas keluar lalu kembali di sepanjang garis yang sama, pertama kali di {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Sharp spike</source>
        <translation>Paku tajam</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} sharp spike(s): two edges meet at {angle:.2f}° at {lon:.6f}, {lat:.6f}, adding a long thin sliver; check that vertex.</source>
        <translation>{count} paku tajam: dua sisi bertemu dengan sudut {angle:.2f}° di {lon:.6f}, {lat:.6f}, sehingga menambahkan serpihan panjang dan tipis; periksa verteks tersebut.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Crosses the 180° meridian</source>
        <translation>Melintasi meridian 180°</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>An edge jumps from longitude {west:.6f} to {east:.6f} across the 180° meridian: read as drawn, the plot goes the long way round the world. Split it at 180° into one part on each side.</source>
        <translation>Sebuah sisi melompat dari bujur {west:.6f} ke {east:.6f} melintasi meridian 180°: jika dibaca sebagaimana digambar, petak ini mengelilingi dunia lewat jalur yang panjang. Pisahkan petak di 180° menjadi satu bagian di masing-masing sisi.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Zero-area ring</source>
        <translation>Cincin tanpa luas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A ring encloses no area (its corners lie on one line or on top of each other).</source>
        <translation>Sebuah cincin tidak melingkupi luas apa pun (sudut-sudutnya segaris atau saling bertumpuk).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Invalid polygon</source>
        <translation>Poligon tidak valid</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The polygon is invalid: {reason}.</source>
        <translation>Poligon tidak valid: {reason}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Hole</source>
        <translation>Lubang</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has {count} hole(s); the EU Information System ignores holes, so the whole outline counts.</source>
        <translation>Petak memiliki {count} lubang; Sistem Informasi UE mengabaikan lubang, jadi seluruh garis batas dihitung.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Repeated vertex</source>
        <translation>Verteks berulang</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>{count} vertex/vertices repeat the previous one, first at {lon:.6f}, {lat:.6f}.</source>
        <translation>{count} verteks mengulang verteks sebelumnya, pertama kali di {lon:.6f}, {lat:.6f}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate not a number</source>
        <translation>Koordinat bukan angka</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>A coordinate is not a finite number (NaN or infinite).</source>
        <translation>Sebuah koordinat bukan angka terhingga (NaN atau tak hingga).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinates look like metres</source>
        <translation>Koordinat tampak seperti meter</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinates such as {x:.1f}, {y:.1f} are far outside ±180/±90: they look like projected metres: is the layer CRS right?</source>
        <translation>Koordinat seperti {x:.1f}, {y:.1f} jauh di luar ±180/±90: tampak seperti meter terproyeksi. Apakah CRS lapisan sudah benar?</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate out of range</source>
        <translation>Koordinat di luar rentang</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Coordinate {x:.6f}, {y:.6f} is outside longitude ±180 / latitude ±90.</source>
        <translation>Koordinat {x:.6f}, {y:.6f} berada di luar bujur ±180 / lintang ±90.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Fewer than 6 decimals</source>
        <translation>Kurang dari 6 desimal</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>All coordinates have at most 5 decimals; EUDR asks for 6 (about 0.1 m).</source>
        <translation>Semua koordinat memiliki paling banyak 5 desimal; EUDR meminta 6 (sekitar 0,1 m).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Invalid after rounding</source>
        <translation>Tidak valid setelah pembulatan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Rounded to 6 decimals for sending, the polygon becomes invalid ({reason}).</source>
        <translation>Setelah dibulatkan ke 6 desimal untuk dikirim, poligon menjadi tidak valid ({reason}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point without area</source>
        <translation>Titik tanpa luas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot is a point but has no area (point_ha); EUDR allows a point only for a plot under {max} ha.</source>
        <translation>Petak berupa titik tetapi tidak memiliki luas (point_ha); EUDR mengizinkan titik hanya untuk petak di bawah {max} ha.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point area not a number</source>
        <translation>Luas titik bukan angka</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point's area (point_ha) {value!r} is not a number.</source>
        <translation>Luas titik (point_ha) {value!r} bukan angka.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point area not positive</source>
        <translation>Luas titik tidak positif</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point's area (point_ha) is {value:g} ha; it must be more than 0.</source>
        <translation>Luas titik (point_ha) adalah {value:g} ha; harus lebih dari 0.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Point for a large plot</source>
        <translation>Titik untuk petak besar</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The point stands for {value:g} ha; Vantage takes a point only for a plot under {max} ha (the EU Information System accepts points up to {max} ha): draw this plot as a polygon.</source>
        <translation>Titik ini mewakili {value:g} ha; Vantage menerima titik hanya untuk petak di bawah {max} ha (Sistem Informasi UE menerima titik hingga {max} ha): gambarlah petak ini sebagai poligon.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No commodity</source>
        <translation>Tanpa komoditas</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no commodity; one must then be given for the whole job.</source>
        <translation>Petak tidak memiliki komoditas; komoditas lalu harus diberikan untuk seluruh pekerjaan.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Unknown commodity</source>
        <translation>Komoditas tidak dikenal</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Commodity {value!r} is not one of {commodities}.</source>
        <translation>Komoditas {value!r} bukan salah satu dari {commodities}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>No harvest date</source>
        <translation>Tanpa tanggal panen</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>The plot has no harvest date; one must then be given for the whole job (it ends the analysis window).</source>
        <translation>Petak tidak memiliki tanggal panen; tanggal lalu harus diberikan untuk seluruh pekerjaan (tanggal ini mengakhiri jendela analisis).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date not yyyy-MM-dd</source>
        <translation>Tanggal panen bukan yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value!r} is not a date written yyyy-MM-dd.</source>
        <translation>Tanggal panen {value!r} bukan tanggal yang ditulis yyyy-MM-dd.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date before 2021</source>
        <translation>Tanggal panen sebelum 2021</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value} is before 1 January 2021: the EUDR cut-off is 31 December 2020, so there is no period after it to assess.</source>
        <translation>Tanggal panen {value} jatuh sebelum 1 Januari 2021: batas waktu (cut-off) EUDR adalah 31 Desember 2020, jadi tidak ada periode setelahnya yang dapat dinilai.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date in the future</source>
        <translation>Tanggal panen di masa depan</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Harvest date {value} is after today ({today}).</source>
        <translation>Tanggal panen {value} jatuh setelah hari ini ({today}).</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Duplicate geometry</source>
        <translation>Geometri duplikat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Same geometry as plot {other}.</source>
        <translation>Geometri sama dengan petak {other}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Duplicate plot id</source>
        <translation>ID petak duplikat</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Plot id {value!r} of {feature} is also the id of {other_feature}.</source>
        <translation>ID petak {value!r} milik {feature} juga merupakan ID {other_feature}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Plots overlap</source>
        <translation>Petak tumpang tindih</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="67"/>
        <source>Overlaps plot {other} by {area_ha:.4f} ha{detail}.</source>
        <translation>Tumpang tindih dengan petak {other} seluas {area_ha:.4f} ha{detail}.</translation>
    </message>
    <message>
        <location filename="../vantage_plugin/core/validation/rules.py" line="216"/>
        <source> (it lies entirely inside that plot)</source>
        <translation> (seluruhnya berada di dalam petak itu)</translation>
    </message>
</context>
<context>
    <name>VantageRisk</name>
    <message>
        <source>High: Deforestation &gt; 15% or &gt; 1 ha</source>
        <translation>Tinggi: deforestasi &gt; 15% atau &gt; 1 ha</translation>
    </message>
    <message>
        <source>Medium: Deforestation &gt; 10% or &gt; 0.5 ha</source>
        <translation>Sedang: deforestasi &gt; 10% atau &gt; 0,5 ha</translation>
    </message>
    <message>
        <source>Low: Low deforestation detection</source>
        <translation>Rendah: sedikit deforestasi terdeteksi</translation>
    </message>
    <message>
        <source>Unknown: no deforestation data covers the plot</source>
        <translation>Tidak diketahui: tidak ada data deforestasi yang mencakup petak</translation>
    </message>
    <message>
        <source>Unknown: the data do not cover the whole plot and analysis window</source>
        <translation>Tidak diketahui: data tidak mencakup seluruh petak dan seluruh periode analisis</translation>
    </message>
</context>
</TS>
