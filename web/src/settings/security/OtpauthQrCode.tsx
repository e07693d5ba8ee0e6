import { useEffect, useState } from 'react';

/**
 * The `otpauth://` URI as a QR code for an authenticator app to scan, drawn in the browser (the URI
 * holds the secret: it never goes to a QR service). The encoder is its own chunk, loaded only here.
 */
export function OtpauthQrCode({ uri }: { uri: string }) {
  const [image, setImage] = useState<{ uri: string; src: string } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    import('qrcode')
      .then((qrcode) => qrcode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 208 }))
      .then((src) => {
        if (current) setImage({ uri, src });
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [uri]);

  if (failed) {
    return (
      <p className="text-sm text-slate-600">The QR code cannot be drawn here: enter the setup key instead.</p>
    );
  }
  if (image?.uri !== uri) {
    return (
      <p role="status" className="flex h-52 w-52 items-center justify-center text-sm text-slate-500">
        Drawing the QR code…
      </p>
    );
  }
  return (
    <img
      src={image.src}
      width={208}
      height={208}
      alt="QR code to scan with your authenticator app"
      className="rounded ring-1 ring-slate-200"
    />
  );
}
