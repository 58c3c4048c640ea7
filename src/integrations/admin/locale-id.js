/**
 * The editor's interface in Indonesian (browser module, served at
 * /admin/locale-id.js and registered as locale `id`): every phrase of Decap
 * CMS's English locale, with the same `%{…}` placeholders. Decap merges the
 * chosen locale over English (decap-cms-core lib/phrases.js), so a phrase
 * missing here would show in English, never as a bare key; the unit test
 * keeps this list complete. The entry editor's phrases are in
 * locale-id-editor.js. The new-entry button has a plain "+", which every
 * font draws (Decap's English uses a full-width one).
 */
import editor from './locale-id-editor.js';

const id = {
  auth: {
    login: 'Masuk',
    loggingIn: 'Sedang masuk...',
    loginWithNetlifyIdentity: 'Masuk dengan Netlify Identity',
    loginWithAzure: 'Masuk dengan Azure',
    loginWithBitbucket: 'Masuk dengan Bitbucket',
    loginWithGitHub: 'Masuk dengan GitHub',
    loginWithGitLab: 'Masuk dengan GitLab',
    loginWithGitea: 'Masuk dengan Gitea',
    loginWithForgejo: 'Masuk dengan Forgejo',
    errors: {
      email: 'Isi alamat surel Anda.',
      password: 'Isi kata sandi Anda.',
      identitySettings:
        'Pengaturan identitas tidak dapat dibuka. Dengan backend git-gateway, aktifkan layanan Identity dan Git Gateway.',
    },
  },
  app: {
    header: {
      content: 'Isi',
      workflow: 'Alur kerja',
      media: 'Media',
      quickAdd: 'Tambah cepat',
    },
    app: {
      errorHeader: 'Konfigurasi penyunting gagal dimuat',
      configErrors: 'Kesalahan konfigurasi',
      checkConfigYml: 'Periksa konfigurasi penyunting.',
      loadingConfig: 'Memuat konfigurasi...',
      waitingBackend: 'Menunggu penyimpan...',
    },
    notFoundPage: {
      header: 'Tidak ditemukan',
    },
  },
  collection: {
    sidebar: {
      collections: 'Koleksi',
      allCollections: 'Semua koleksi',
      searchAll: 'Cari di semua',
      searchIn: 'Cari di',
    },
    collectionTop: {
      sortBy: 'Urutkan menurut',
      viewAs: 'Tampilkan sebagai',
      viewAsList: 'Tampilan daftar',
      viewAsGrid: 'Tampilan kisi',
      newButton: '+ %{collectionLabel} baru',
      newButtonAriaLabel: 'Buat entri baru: %{collectionLabel}',
      ascending: 'Menaik',
      descending: 'Menurun',
      searchResults: 'Hasil pencarian "%{searchTerm}"',
      searchResultsInCollection: 'Hasil pencarian "%{searchTerm}" di %{collection}',
      filterBy: 'Saring menurut',
      groupBy: 'Kelompokkan menurut',
    },
    entries: {
      loadingEntries: 'Memuat entri...',
      cachingEntries: 'Menyiapkan entri...',
      longerLoading: 'Ini bisa memakan waktu beberapa menit',
      noEntries: 'Belum ada entri',
      unpublishedHeader: 'Entri yang belum disimpan',
    },
    groups: {
      other: 'Lainnya',
      negateLabel: 'Bukan %{label}',
    },
    defaultFields: {
      author: {
        label: 'Penulis',
      },
      updatedOn: {
        label: 'Diubah pada',
      },
    },
  },
  editor,
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'Draf',
      copy: 'Salin',
      copyUrl: 'Salin alamat',
      copyPath: 'Salin path',
      copyName: 'Salin nama',
      copied: 'Tersalin',
    },
    mediaLibrary: {
      onDelete: 'Yakin ingin menghapus media yang dipilih?',
      fileTooLarge: 'Berkas terlalu besar.\nBerkas di atas %{size} kB tidak diterima.',
    },
    mediaLibraryModal: {
      loading: 'Memuat...',
      close: 'Tutup',
      noResults: 'Tidak ada hasil.',
      noAssetsFound: 'Tidak ada berkas.',
      noImagesFound: 'Tidak ada gambar.',
      private: 'Pribadi ',
      images: 'Gambar',
      mediaAssets: 'Berkas media',
      search: 'Cari...',
      uploading: 'Mengunggah...',
      upload: 'Unggah',
      download: 'Unduh',
      deleting: 'Menghapus...',
      deleteSelected: 'Hapus yang dipilih',
      chooseSelected: 'Pakai yang dipilih',
    },
  },
  ui: {
    default: {
      goBackToSite: 'Kembali ke situs',
    },
    errorBoundary: {
      title: 'Galat',
      details: 'Terjadi galat. Silakan ',
      reportIt: 'laporkan di GitHub.',
      detailsHeading: 'Rincian',
      privacyWarning:
        'Laporan akan berisi pesan galat dan data pelacakan.\nPeriksa isinya dan hapus data yang peka bila ada.',
      recoveredEntry: {
        heading: 'Dokumen yang dipulihkan',
        warning: 'Salin isi ini ke tempat lain sebelum meninggalkan halaman!',
        copyButtonLabel: 'Salin ke papan klip',
      },
    },
    settingsDropdown: {
      logOut: 'Keluar',
      account: 'Pilihan akun',
    },
    toast: {
      onFailToLoadEntries: 'Entri gagal dimuat: %{details}',
      onFailToLoadDeployPreview: 'Pratinjau gagal dimuat: %{details}',
      onFailToPersist: 'Entri gagal disimpan: %{details}',
      onFailToDelete: 'Entri gagal dihapus: %{details}',
      onFailToUpdateStatus: 'Status gagal diubah: %{details}',
      missingRequiredField: 'Ada kolom wajib yang belum diisi. Lengkapi sebelum menyimpan.',
      entrySaved: 'Entri tersimpan',
      entryPublished: 'Entri tersimpan ke folder content/',
      entryUnpublished: 'Entri ditarik',
      onFailToPublishEntry: 'Gagal menyimpan: %{details}',
      onFailToUnpublishEntry: 'Entri gagal ditarik: %{details}',
      entryUpdated: 'Status entri diperbarui',
      onDeleteUnpublishedChanges: 'Perubahan yang belum disimpan dihapus',
      noteAdded: 'Catatan ditambahkan',
      onFailToAddNote: 'Catatan gagal ditambahkan: %{details}',
      noteUpdated: 'Catatan diperbarui',
      onFailToUpdateNote: 'Catatan gagal diperbarui: %{details}',
      noteDeleted: 'Catatan dihapus',
      onFailToDeleteNote: 'Catatan gagal dihapus: %{details}',
      noteResolved: 'Catatan ditandai selesai',
      noteReopened: 'Catatan dibuka lagi',
      onFailToToggleNote: 'Status catatan gagal diubah: %{details}',
      onFailToAuth: '%{details}',
      onLoggedOut: 'Anda telah keluar; simpan salinan data Anda lalu masuk lagi',
      onBackendDown: 'Layanan penyimpan sedang terganggu. Lihat %{details}',
    },
  },
  workflow: {
    workflow: {
      loading: 'Memuat entri alur kerja',
      workflowHeading: 'Alur kerja redaksi',
      newPost: 'Entri baru',
      description:
        '%{smart_count} entri menunggu diperiksa, %{readyCount} siap diterbitkan. |||| %{smart_count} entri menunggu diperiksa, %{readyCount} siap diterbitkan. ',
      dateFormat: 'D MMMM',
    },
    workflowCard: {
      lastChange: '%{date} oleh %{author}',
      lastChangeNoAuthor: '%{date}',
      lastChangeNoDate: 'oleh %{author}',
      deleteChanges: 'Hapus perubahan',
      deleteNewEntry: 'Hapus entri baru',
      publishChanges: 'Terbitkan perubahan',
      publishNewEntry: 'Terbitkan entri baru',
    },
    workflowList: {
      onDeleteEntry: 'Yakin ingin menghapus entri ini?',
      onPublishingNotReadyEntry:
        'Hanya entri berstatus "Siap" yang dapat diterbitkan. Seret kartunya ke kolom "Siap" lebih dulu.',
      onPublishEntry: 'Yakin ingin menerbitkan entri ini?',
      draftHeader: 'Draf',
      inReviewHeader: 'Diperiksa',
      readyHeader: 'Siap',
      currentEntries: '%{smart_count} entri |||| %{smart_count} entri',
    },
  },
};

export default id;
