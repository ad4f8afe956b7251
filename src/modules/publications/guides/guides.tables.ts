export interface DisclosureGuideTable {
  org_id: number;
  office_name: string;
  address: string;
  postcode: string | null;
  hours: string;
  phone: string;
  fax: string | null;
  email: string | null;
  website: string | null;
  guide_html: string;
  rules_html: string;
  updated_at: string;
  updated_by: number | null;
}

export interface GuideTables {
  disclosure_guides: DisclosureGuideTable;
}
