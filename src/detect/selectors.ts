/**
 * What each sign-in page is made of (PRODUCT.md, "Page states"); shared by classify, anchor and
 * code-request. Named exports, read as `import * as selectors`: the bundler keeps only what the
 * content script uses (its budget is 10 KB).
 */

export const codeForm = 'form#auth-mfa-form';
export const codeInput = 'input#auth-mfa-otpcode';
export const chooserForm = 'form#auth-select-device-form';
export const cvfForm = 'form#verification-code-form';
export const cvfInput = '#input-box-otp';
// `#ap_email_login`: the newer email page (in public scripts that sign in to Amazon, 2024-25).
export const signIn = 'form[name="signIn"], #ap_email, #ap_email_login, #ap_password';
export const signInForm = 'form[name="signIn"]';
// "Looks like you're new to Amazon": alexdlaird/amazon-orders tests/resources/auth/intent.html.
export const intentForm = 'form#intent-confirmation-form';
export const captchaForm = 'form.cvf-widget-form-captcha, form[action$="validateCaptcha"]';
export const captchaInput = '#captchacharacters';
export const wafChallenge = '#challenge-container';
// The AWS WAF visual puzzle ("Choose all the …", 2025): alexdlaird/amazon-orders
// tests/resources/auth/acic-challenge-visual-captcha.html.
export const wafPuzzle = '#aa-challenge-page-captcha-container';
// A field asking for a code on a step we do not know (code-field.ts): its autocomplete, id or
// name says code or OTP ("one-time-code" and "passcode" contain "code"), and its id, name or type
// says it is nothing else.
export const codeWord = /otp|code/;
export const notCodeWord =
  /country|postal|zip|promo|coupon|gift|hidden|checkbox|radio|submit|button|image|file|reset/;
/country|postal|zip|promo|coupon|gift|hidden|checkbox|radio|submit|button|image|file|reset/;
export const approval = '#resend-approval-form, #resend-approval-alert, form#pollingForm';
export const approvalDetails = '#channelDetails';
export const cvfDetails = '#channelDetailsForOtp';
export const cvfFailure = '#verifyFailureAlerts';
export const resendAlert = '#resend-approval-alert';
export const mainSection = '#authportal-main-section';
// Pressing these asks Amazon for a code: the chooser's send button, "Didn't receive the OTP?".
export const codeRequest = '#auth-send-code, #auth-get-new-otp-link';
// "Resend code" on the cvf page (the approval page's button of that id resends a notification).
export const cvfResend = '#resend-approval-link';

// Found by id alone (`byId`: no walk over a big page).
export const errorBoxId = 'auth-error-message-box';
// In every saved page; Amazon's stylesheet hides it and its script shows it (display:block).
export const cookieWarningId = 'auth-cookie-warning-message';
export const rememberDeviceId = 'auth-mfa-remember-device';
export const recoveryId = 'auth-otp-cs-link';
// The cvf page's countdown: "Please wait N seconds before requesting another code."
export const resendTimerId = 'timer';
