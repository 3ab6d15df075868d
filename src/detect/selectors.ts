/** What each sign-in page is made of (PRODUCT.md, "Page states"); shared by classify and anchor. */
export const selectors = {
  codeForm: 'form#auth-mfa-form',
  codeInput: 'input#auth-mfa-otpcode',
  chooserForm: 'form#auth-select-device-form',
  cvfForm: 'form#verification-code-form',
  cvfInput: '#input-box-otp',
  signIn: 'form[name="signIn"], #ap_email, #ap_password',
  captchaForm: 'form.cvf-widget-form-captcha, form[action$="validateCaptcha"]',
  captchaInput: '#captchacharacters',
  wafChallenge: '#challenge-container',
  approval: '#resend-approval-form, #resend-approval-alert, form#pollingForm',
  approvalDetails: '#channelDetails',
  cvfDetails: '#channelDetailsForOtp',
  cvfFailure: '#verifyFailureAlerts',
  errorBox: '#auth-error-message-box',
} as const;
