// Groups of kinds the texts address together.
import type { Kind } from "../profile.ts";

/** 企业: any business entity the texts fund as such. */
export const ENTERPRISES: readonly Kind[] = [
  "cbec_enterprise",
  "public_service_platform",
  "third_party_platform",
  "payment_institution",
  "service_enterprise",
  "agency_operator",
  "logistics_enterprise",
  "livestream_enterprise",
];

/** 事业单位、非营利性组织 (郑政〔2018〕4号（二十二）): exempt from the 经营性组织 conditions. */
export const NON_PROFIT: readonly Kind[] = ["university", "vocational_college", "association"];

export const ALL_KINDS_EXCEPT = (except: readonly Kind[], kinds: readonly Kind[]): Kind[] => kinds.filter((k) => !except.includes(k));
