### review-status: machine-assisted
### Urdu translation, written with machine assistance; not yet reviewed by a
### native speaker. Message ids come from content/ learning-compact-launch.yaml.

learning-compact-launch--label = خبر
learning-compact-launch--title = لرننگ اینڈ اسکلز کمپیکٹ
learning-compact-launch--summary = لیسٹرشائر میں اب مقامی رضاکارانہ و کمیونٹی شعبے اور مقامی لرننگ اینڈ اسکلز کونسل کے درمیان ایک کمپیکٹ موجود ہے۔ تفصیلات مِک او ہارا بتا رہے ہیں۔
