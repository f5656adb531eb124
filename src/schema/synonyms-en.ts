import type { CanonicalField } from '../types.js';

/** Header spellings per canonical field; matched after normalizeHeader, so case and punctuation do not matter. */
export type SynonymTable = Partial<Record<CanonicalField, readonly string[]>>;

/**
 * English headers, generic and as exported by Salesforce, HubSpot, Zoho CRM, Outlook and Google
 * Contacts. A header that is only a good guess when nothing better is present belongs in
 * synonyms-weak.ts instead.
 */
export const EN_SYNONYMS: SynonymTable = {
  id: [
    'ID', 'Contact ID', 'Record ID', 'Customer ID', 'Customer Number', 'Customer No', 'Customer Code',
    'Client ID', 'Lead ID', 'Person ID', 'Account Number', 'Contact Number',
  ],
  name: [
    'Name', 'Full Name', 'Contact Name', 'Contact', 'Display Name', 'Person Name', 'Contact Full Name',
    'Contact Person',
  ],
  first_name: ['First Name', 'Firstname', 'Given Name', 'First', 'Forename', 'Contact First Name'],
  last_name: ['Last Name', 'Lastname', 'Family Name', 'Surname', 'Last', 'Contact Last Name'],
  company: [
    'Company', 'Company Name', 'Account Name', 'Organization', 'Organisation', 'Organization Name',
    'Organization 1 - Name', 'Employer', 'Business Name', 'Firm', 'Associated Company',
  ],
  title: ['Job Title', 'Position', 'Organization Title', 'Organization 1 - Title', 'Designation'],
  email: [
    'Email', 'E-mail', 'Email Address', 'E-mail Address', 'E-mail 1 - Value', 'Primary Email',
    'Work Email', 'Business Email', 'Email 1', 'Mail',
  ],
  phone: [
    'Phone', 'Phone Number', 'Business Phone', 'Work Phone', 'Office Phone', 'Telephone', 'Tel',
    'Phone 1 - Value', 'Phone 2 - Value', 'Primary Phone', 'Main Phone', 'Landline',
  ],
  mobile: [
    'Mobile', 'Mobile Phone', 'Mobile Phone Number', 'Mobile Number', 'Mobile No', 'Cell',
    'Cell Phone', 'Cellphone', 'Cell Number',
  ],
  address: [
    'Address', 'Street', 'Street Address', 'Mailing Street', 'Mailing Address', 'Business Street',
    'Address 1 - Street', 'Address Line 1', 'Address 1', 'Street 1', 'Postal Address',
  ],
  district: ['District', 'Address 1 - Extended Address'],
  city: ['City', 'Town', 'Mailing City', 'Business City', 'Address 1 - City', 'City/Town'],
  region: [
    'State', 'Province', 'Region', 'State/Province', 'State/Region', 'Mailing State',
    'Mailing State/Province', 'Business State', 'Address 1 - Region', 'State or Province', 'Prefecture',
  ],
  postcode: [
    'Zip', 'Zip Code', 'ZIP/Postal Code', 'Postal Code', 'Postcode', 'Post Code', 'Mailing Zip',
    'Mailing Zip/Postal Code', 'Mailing Postal Code', 'Mailing Zip Code', 'Business Postal Code',
    'Address 1 - Postal Code', 'Zip/Postal Code',
  ],
  country: [
    'Country', 'Country/Region', 'Mailing Country', 'Business Country/Region', 'Business Country',
    'Address 1 - Country', 'Country Name',
  ],
  national_id: ['National ID', 'National ID Number', 'ID Card Number', 'Passport Number', 'SSN'],
  birth_date: ['Birthday', 'Birthdate', 'Birth Date', 'Date of Birth', 'DOB'],
  created_at: [
    'Created Date', 'Create Date', 'Created Time', 'Created At', 'Created On', 'Date Created',
    'Creation Date', 'Created', 'Creation Time', 'Signup Date',
  ],
  updated_at: [
    'Last Modified Date', 'Modified Time', 'Modified Date', 'Modified On', 'Date Modified',
    'Last Modified', 'Last Modified Time', 'Updated At', 'Updated On', 'Last Updated', 'Updated',
    'Modified', 'Last Update',
  ],
  amount: [
    'Amount', 'Total Amount', 'Deal Amount', 'Order Amount', 'Order Total', 'Total', 'Revenue',
    'Sales Amount', 'Invoice Amount',
  ],
  currency: ['Currency', 'Currency Code', 'Currency ISO Code'],
  owner: [
    'Owner', 'Contact Owner', 'Record Owner', 'Lead Owner', 'Customer Owner', 'HubSpot Owner',
    'Sales Rep', 'Salesperson', 'Sales Owner', 'Account Manager', 'Assigned To',
  ],
  status: ['Status', 'Lead Status', 'Contact Status', 'Customer Status', 'Account Status'],
  website: ['Website', 'Web Site', 'Web Page', 'Website URL', 'Homepage', 'URL', 'Website 1 - Value'],
  notes: ['Notes', 'Note', 'Description', 'Comments', 'Comment', 'Remarks', 'Memo'],
};
