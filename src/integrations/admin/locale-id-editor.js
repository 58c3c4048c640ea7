/**
 * The Indonesian phrases of Decap CMS's entry editor (form, toolbar,
 * widgets, field errors), part of the locale in locale-id.js. Same keys and
 * `%{…}` placeholders as Decap's English; "publish" is said as "simpan"
 * because in local mode it writes the file into content/ and does not put
 * the site online.
 */
const editor = {
  editorControl: {
    field: {
      optional: 'tidak wajib',
      widgetLabel: 'kolom %{widgetLabel}',
    },
  },
  editorControlPane: {
    widget: {
      required: '%{fieldLabel} wajib diisi.',
      regexPattern: '%{fieldLabel} tidak sesuai aturan: %{pattern}.',
      processing: '%{fieldLabel} sedang diproses.',
      range: '%{fieldLabel} harus antara %{minValue} dan %{maxValue}.',
      min: '%{fieldLabel} paling sedikit %{minValue}.',
      max: '%{fieldLabel} paling banyak %{maxValue}.',
      rangeCount: '%{fieldLabel} harus berisi %{minCount} sampai %{maxCount} butir.',
      rangeCountExact: '%{fieldLabel} harus berisi tepat %{count} butir.',
      rangeMin: '%{fieldLabel} harus berisi paling sedikit %{minCount} butir.',
      rangeMax: '%{fieldLabel} harus berisi paling banyak %{maxCount} butir.',
      invalidPath: `'%{path}' bukan path yang sah`,
      pathExists: `Path '%{path}' sudah ada`,
    },
    i18n: {
      writingInLocale: 'Menulis dalam %{locale}',
      copyFromLocale: 'Isi dari bahasa lain',
      copyFromLocaleConfirm:
        'Isi dengan data dari bahasa %{locale}?\nSemua isi yang ada akan ditimpa.',
    },
  },
  editor: {
    onLeavePage: 'Yakin ingin meninggalkan halaman ini?',
    onUpdatingWithUnsavedChanges:
      'Ada perubahan yang belum disimpan; simpan dulu sebelum mengubah status.',
    onPublishingNotReady: 'Ubah status menjadi "Siap" sebelum menyimpan.',
    onPublishingWithUnsavedChanges: 'Ada perubahan yang belum disimpan; simpan dulu perubahan itu.',
    onPublishing: 'Yakin ingin menyimpan entri ini?',
    onUnpublishing: 'Yakin ingin menarik entri ini?',
    onDeleteWithUnsavedChanges:
      'Yakin ingin menghapus entri ini, beserta perubahan yang belum disimpan di sesi ini?',
    onDeletePublishedEntry: 'Yakin ingin menghapus entri ini?',
    onDeleteUnpublishedChangesWithUnsavedChanges:
      'Semua perubahan yang belum disimpan pada entri ini, termasuk di sesi ini, akan dihapus. Tetap hapus?',
    onDeleteUnpublishedChanges:
      'Semua perubahan yang belum disimpan pada entri ini akan dihapus. Tetap hapus?',
    loadingEntry: 'Memuat entri...',
    confirmLoadBackup: 'Ada cadangan lokal entri ini. Pakai cadangan itu?',
  },
  editorInterface: {
    toggleI18n: 'Tampilkan/sembunyikan bahasa lain',
    togglePreview: 'Tampilkan/sembunyikan pratinjau',
    toggleScrollSync: 'Gulir bersamaan',
    toggleNotes: 'Tampilkan/sembunyikan catatan',
  },
  editorNotesPane: {
    title: 'Catatan',
    emptyState: 'Belum ada catatan. Tulis catatan pertama di bawah.',
    addNote: 'Tambah catatan',
    addPlaceholder: 'Tulis catatan...',
    editPlaceholder: 'Ubah catatan...',
    save: 'Simpan',
    cancel: 'Batal',
    edit: 'Ubah',
    delete: 'Hapus',
    resolve: 'Tandai selesai',
    unresolve: 'Buka lagi',
    confirmDelete: 'Yakin ingin menghapus catatan ini?',
    shortcut: 'Kiat: tekan Ctrl+Enter untuk menambah catatan',
  },
  editorToolbar: {
    publishing: 'Menyimpan...',
    publish: 'Simpan',
    published: 'Tersimpan',
    unpublish: 'Tarik',
    duplicate: 'Gandakan',
    unpublishing: 'Menarik...',
    publishAndCreateNew: 'Simpan dan buat baru',
    publishAndDuplicate: 'Simpan dan gandakan',
    deleteUnpublishedChanges: 'Hapus perubahan yang belum disimpan',
    deleteUnpublishedEntry: 'Hapus entri yang belum disimpan',
    deletePublishedEntry: 'Hapus entri',
    deleteEntry: 'Hapus entri',
    saving: 'Menyimpan...',
    save: 'Simpan draf',
    statusInfoTooltipDraft:
      'Entri berstatus draf. Untuk mengajukannya agar diperiksa, ubah status menjadi "Diperiksa"',
    statusInfoTooltipInReview:
      'Entri sedang diperiksa; tidak perlu tindakan lain, tetapi Anda masih boleh mengubahnya.',
    deleting: 'Menghapus...',
    updating: 'Memperbarui...',
    status: 'Status: %{status}',
    backCollection: ' Menulis di koleksi %{collectionLabel}',
    unsavedChanges: 'Belum disimpan',
    changesSaved: 'Perubahan tersimpan',
    draft: 'Draf',
    inReview: 'Diperiksa',
    ready: 'Siap',
    publishNow: 'Simpan sekarang',
    deployPreviewPendingButtonLabel: 'Periksa pratinjau',
    deployPreviewButtonLabel: 'Lihat pratinjau',
    deployButtonLabel: 'Lihat di situs',
  },
  editorWidgets: {
    markdown: {
      bold: 'Tebal',
      italic: 'Miring',
      strikethrough: 'Coret',
      code: 'Kode',
      link: 'Tautan',
      linkPrompt: 'Tulis alamat tautan',
      headings: 'Judul bagian',
      quote: 'Kutipan',
      bulletedList: 'Daftar berpoin',
      numberedList: 'Daftar bernomor',
      addComponent: 'Tambah komponen',
      richText: 'Teks berformat',
      markdown: 'Markdown',
      toggleMode: {
        rich: 'Pindah ke teks berformat',
        markdown: 'Pindah ke Markdown',
      },
    },
    image: {
      choose: 'Pilih gambar',
      chooseMultiple: 'Pilih gambar-gambar',
      chooseUrl: 'Sisipkan dari alamat',
      replaceUrl: 'Ganti dengan alamat',
      promptUrl: 'Tulis alamat gambar',
      chooseDifferent: 'Pilih gambar lain',
      addMore: 'Tambah gambar',
      remove: 'Hapus gambar',
      removeAll: 'Hapus semua gambar',
    },
    file: {
      choose: 'Pilih berkas',
      chooseUrl: 'Sisipkan dari alamat',
      chooseMultiple: 'Pilih berkas-berkas',
      replaceUrl: 'Ganti dengan alamat',
      promptUrl: 'Tulis alamat berkas',
      chooseDifferent: 'Pilih berkas lain',
      addMore: 'Tambah berkas',
      remove: 'Hapus berkas',
      removeAll: 'Hapus semua berkas',
    },
    unknownControl: {
      noControl: "Tidak ada kendali untuk widget '%{widget}'.",
    },
    unknownPreview: {
      noPreview: "Tidak ada pratinjau untuk widget '%{widget}'.",
    },
    headingOptions: {
      headingOne: 'Judul 1',
      headingTwo: 'Judul 2',
      headingThree: 'Judul 3',
      headingFour: 'Judul 4',
      headingFive: 'Judul 5',
      headingSix: 'Judul 6',
    },
    datetime: {
      now: 'Sekarang',
      clear: 'Kosongkan',
      setToNow: 'Isi %{fieldLabel} dengan waktu sekarang',
    },
    list: {
      add: 'Tambah %{item}',
      addType: 'Tambah %{item}',
    },
    object: {
      expand: 'Buka',
      collapse: 'Tutup',
    },
  },
};

export default editor;
