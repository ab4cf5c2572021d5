//! Tax ids: a value and its format.

use std::fmt;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::ser::{SerializeTuple, Serializer};
use serde::{Deserialize, Serialize};

string_enum! {
    /// The format of a tax id, e.g. `us_ein` or `eu_vat`, as Polar's `TaxIDFormat` lists them
    /// (the 2026-10 list, which adds `mu_tan`). A format this crate does not know yet is kept in
    /// [`TaxIdFormat::Unknown`].
    ///
    /// ```
    /// use polarsh::models::TaxIdFormat;
    ///
    /// assert_eq!("us_ein".parse::<TaxIdFormat>().unwrap(), TaxIdFormat::UsEin);
    /// assert_eq!(TaxIdFormat::EuVat.as_str(), "eu_vat");
    /// assert_eq!(
    ///     "xx_new".parse::<TaxIdFormat>().unwrap(),
    ///     TaxIdFormat::Unknown("xx_new".to_owned()),
    /// );
    /// ```
    pub enum TaxIdFormat {
        AdNrt => "ad_nrt",
        AeTrn => "ae_trn",
        ArCuit => "ar_cuit",
        AuAbn => "au_abn",
        AuArn => "au_arn",
        BgUic => "bg_uic",
        BhVat => "bh_vat",
        BoTin => "bo_tin",
        BrCnpj => "br_cnpj",
        BrCpf => "br_cpf",
        CaBn => "ca_bn",
        CaGstHst => "ca_gst_hst",
        CaPstBc => "ca_pst_bc",
        CaPstMb => "ca_pst_mb",
        CaPstSk => "ca_pst_sk",
        CaQst => "ca_qst",
        ChUid => "ch_uid",
        ChVat => "ch_vat",
        ClTin => "cl_tin",
        CnTin => "cn_tin",
        CoNit => "co_nit",
        CrTin => "cr_tin",
        DeStn => "de_stn",
        DoRcn => "do_rcn",
        EcRuc => "ec_ruc",
        EgTin => "eg_tin",
        EsCif => "es_cif",
        EuOssVat => "eu_oss_vat",
        EuVat => "eu_vat",
        GbVat => "gb_vat",
        GeVat => "ge_vat",
        HkBr => "hk_br",
        HrOib => "hr_oib",
        HuTin => "hu_tin",
        IdNpwp => "id_npwp",
        IlVat => "il_vat",
        InGst => "in_gst",
        IsVat => "is_vat",
        JpCn => "jp_cn",
        JpRn => "jp_rn",
        JpTrn => "jp_trn",
        KePin => "ke_pin",
        KrBrn => "kr_brn",
        KzBin => "kz_bin",
        LiUid => "li_uid",
        MkVat => "mk_vat",
        MxRfc => "mx_rfc",
        MyFrp => "my_frp",
        MyItn => "my_itn",
        MySst => "my_sst",
        NgTin => "ng_tin",
        NoVat => "no_vat",
        NoVoec => "no_voec",
        NzGst => "nz_gst",
        OmVat => "om_vat",
        PeRuc => "pe_ruc",
        PhTin => "ph_tin",
        RoTin => "ro_tin",
        RsPib => "rs_pib",
        RuInn => "ru_inn",
        RuKpp => "ru_kpp",
        SaVat => "sa_vat",
        SgGst => "sg_gst",
        SgUen => "sg_uen",
        SiTin => "si_tin",
        SvNit => "sv_nit",
        ThVat => "th_vat",
        TrTin => "tr_tin",
        TwVat => "tw_vat",
        UaVat => "ua_vat",
        UsEin => "us_ein",
        UyRuc => "uy_ruc",
        VeRif => "ve_rif",
        VnTin => "vn_tin",
        ZaVat => "za_vat",
        MuTan => "mu_tan",
    }
}

/// A customer's tax id: the value and its format, sent by Polar as `["911144442", "us_ein"]`.
///
/// ```
/// use polarsh::models::{TaxId, TaxIdFormat};
///
/// let tax_id: TaxId = serde_json::from_str(r#"["911144442","us_ein"]"#).unwrap();
/// assert_eq!(tax_id.value, "911144442");
/// assert_eq!(tax_id.format, TaxIdFormat::UsEin);
/// assert_eq!(serde_json::to_string(&tax_id).unwrap(), r#"["911144442","us_ein"]"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct TaxId {
    /// The tax id itself, e.g. `911144442`.
    pub value: String,
    /// Its format, e.g. [`TaxIdFormat::UsEin`].
    pub format: TaxIdFormat,
}

impl TaxId {
    /// A tax id from its value and format.
    ///
    /// ```
    /// use polarsh::models::{TaxId, TaxIdFormat};
    ///
    /// let tax_id = TaxId::new("FR61954506077", TaxIdFormat::EuVat);
    /// assert_eq!(tax_id.to_string(), "FR61954506077 (eu_vat)");
    /// ```
    pub fn new(value: impl Into<String>, format: TaxIdFormat) -> Self {
        TaxId {
            value: value.into(),
            format,
        }
    }
}

impl fmt::Display for TaxId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.value, self.format)
    }
}

impl Serialize for TaxId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut pair = serializer.serialize_tuple(2)?;
        pair.serialize_element(&self.value)?;
        pair.serialize_element(&self.format)?;
        pair.end()
    }
}

impl<'de> Deserialize<'de> for TaxId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PairVisitor;

        impl<'de> Visitor<'de> for PairVisitor {
            type Value = TaxId;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a [value, format] pair")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TaxId, A::Error> {
                let value = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let format = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                if seq.next_element::<de::IgnoredAny>()?.is_some() {
                    return Err(de::Error::invalid_length(3, &self));
                }
                Ok(TaxId { value, format })
            }
        }

        deserializer.deserialize_seq(PairVisitor)
    }
}
